package vn.thidua.standalone;

import java.nio.file.Path;

class AwardRegisterOnPostgresTest extends AwardRegisterTest {

    @Override
    TestStore store(Path data) {
        return TestStore.postgres();
    }
}
