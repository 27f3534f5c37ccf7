package vn.thidua.standalone;

/** Seed 001's proposals in split mode: two command sides and two query sides on one PostgreSQL schema. */
class Seed001ProposalSplitTest extends Seed001ProposalTest {

    @Override
    boolean split() {
        return true;
    }
}
