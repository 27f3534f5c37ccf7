package vn.thidua.standalone;

import java.nio.file.Path;

class CampaignViewsOnPostgresTest extends CampaignViewsTest {

    @Override
    TestStore store(Path data) {
        return TestStore.postgres();
    }
}
