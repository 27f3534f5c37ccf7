package vn.thidua.api.proposal;

import vn.thidua.api.TypedId;

public record ProposalId(String value) implements TypedId {

    public ProposalId {
        TypedId.requireValid(value, "proposal id");
    }

    @Override
    public String toString() {
        return value;
    }
}
