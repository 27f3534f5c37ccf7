package vn.thidua.api.campaign;

import vn.thidua.api.TypedId;

public record ReviewId(String value) implements TypedId {

    public ReviewId {
        TypedId.requireValid(value, "review id");
    }

    @Override
    public String toString() {
        return value;
    }
}
