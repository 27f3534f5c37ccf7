package vn.thidua.api.decision;

import vn.thidua.api.TypedId;

public record DecisionId(String value) implements TypedId {

    public DecisionId {
        TypedId.requireValid(value, "decision id");
    }

    @Override
    public String toString() {
        return value;
    }
}
