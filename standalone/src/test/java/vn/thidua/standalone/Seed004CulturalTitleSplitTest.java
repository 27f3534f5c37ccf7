package vn.thidua.standalone;

/** Seed 004's scored title in split mode: two command sides and two query sides on one PostgreSQL schema. */
class Seed004CulturalTitleSplitTest extends Seed004CulturalTitleTest {

    @Override
    boolean split() {
        return true;
    }
}
