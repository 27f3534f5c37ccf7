package vn.thidua.standalone;

/** The award rules as data in split mode: two command sides and two query sides on one PostgreSQL schema. */
class RuleSetsSplitTest extends RuleSetsTest {

    @Override
    boolean split() {
        return true;
    }
}
