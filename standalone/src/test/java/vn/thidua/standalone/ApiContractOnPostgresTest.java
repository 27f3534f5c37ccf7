package vn.thidua.standalone;

import java.nio.file.Path;

class ApiContractOnPostgresTest extends ApiContractTest {

    @Override
    TestStore store(Path data) {
        return TestStore.postgres();
    }
}
