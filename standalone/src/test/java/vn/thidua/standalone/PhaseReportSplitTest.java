package vn.thidua.standalone;

/** The phase report in split mode: two command sides and two query sides on one PostgreSQL schema. */
class PhaseReportSplitTest extends PhaseReportTest {

    @Override
    boolean split() {
        return true;
    }
}
