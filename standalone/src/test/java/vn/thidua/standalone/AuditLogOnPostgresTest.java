package vn.thidua.standalone;

import java.nio.file.Path;

class AuditLogOnPostgresTest extends AuditLogTest {

    @Override
    TestStore store(Path data) {
        return TestStore.postgres();
    }
}
