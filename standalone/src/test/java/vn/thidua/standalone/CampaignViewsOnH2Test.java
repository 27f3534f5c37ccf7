package vn.thidua.standalone;

import java.nio.file.Path;

class CampaignViewsOnH2Test extends CampaignViewsTest {

    @Override
    TestStore store(Path data) {
        return TestStore.h2(data);
    }
}
