package vn.thidua.api.campaign;

import vn.thidua.api.TypedId;

public record RegistrationId(String value) implements TypedId {

    public RegistrationId {
        TypedId.requireValid(value, "registration id");
    }

    @Override
    public String toString() {
        return value;
    }
}
