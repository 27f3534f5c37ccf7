package vn.thidua.standalone;

/** The award register in split mode: two command sides and two query sides on one PostgreSQL schema. */
class AwardRegisterSplitTest extends AwardRegisterTest {

    @Override
    boolean split() {
        return true;
    }
}
