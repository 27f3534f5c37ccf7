package vn.thidua.standalone;

/** Seed 002's quota in split mode: two command sides and two query sides on one PostgreSQL schema. */
class Seed002QuotaSplitTest extends Seed002QuotaTest {

    @Override
    boolean split() {
        return true;
    }
}
