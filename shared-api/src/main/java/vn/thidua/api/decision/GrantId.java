package vn.thidua.api.decision;

import vn.thidua.api.TypedId;

public record GrantId(String value) implements TypedId {

    public GrantId {
        TypedId.requireValid(value, "grant id");
    }

    @Override
    public String toString() {
        return value;
    }
}
