package vn.thidua.standalone;

/** The campaign views in split mode: two command sides and two query sides on one PostgreSQL schema. */
class CampaignViewsSplitTest extends CampaignViewsTest {

    @Override
    boolean split() {
        return true;
    }
}
