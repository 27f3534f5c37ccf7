package vn.thidua.standalone;

import java.nio.file.Path;

class AuditLogOnH2Test extends AuditLogTest {

    @Override
    TestStore store(Path data) {
        return TestStore.h2(data);
    }
}
