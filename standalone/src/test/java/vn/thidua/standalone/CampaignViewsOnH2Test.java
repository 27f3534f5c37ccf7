package vn.thidua.standalone;

class CampaignViewsOnH2Test extends CampaignViewsTest {
}
