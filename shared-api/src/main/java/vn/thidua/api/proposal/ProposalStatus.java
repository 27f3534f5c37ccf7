package vn.thidua.api.proposal;

public enum ProposalStatus {
    PENDING,
    RETURNED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** P5: nothing happens to a proposal after these. */
    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
