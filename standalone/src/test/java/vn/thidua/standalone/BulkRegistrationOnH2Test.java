package vn.thidua.standalone;

import java.nio.file.Path;

class BulkRegistrationOnH2Test extends BulkRegistrationTest {

    @Override
    TestStore database(Path data) {
        return TestStore.h2(data);
    }
}
