package vn.thidua.api.orgunit;

import vn.thidua.api.TypedId;

public record OrgUnitId(String value) implements TypedId {

    public OrgUnitId {
        TypedId.requireValid(value, "unit id");
    }

    @Override
    public String toString() {
        return value;
    }
}
