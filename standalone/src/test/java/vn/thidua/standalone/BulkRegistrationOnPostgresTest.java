package vn.thidua.standalone;

import java.nio.file.Path;

class BulkRegistrationOnPostgresTest extends BulkRegistrationTest {

    @Override
    TestStore database(Path data) {
        return TestStore.postgres();
    }
}
