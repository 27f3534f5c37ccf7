package vn.thidua.api.person;

import vn.thidua.api.TypedId;

public record PersonId(String value) implements TypedId {

    public PersonId {
        TypedId.requireValid(value, "person id");
    }

    @Override
    public String toString() {
        return value;
    }
}
