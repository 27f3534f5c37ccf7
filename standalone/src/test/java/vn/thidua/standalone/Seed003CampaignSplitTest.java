package vn.thidua.standalone;

/** Seed 003's campaign in split mode: two command sides and two query sides on one PostgreSQL schema. */
class Seed003CampaignSplitTest extends Seed003CampaignTest {

    @Override
    boolean split() {
        return true;
    }
}
