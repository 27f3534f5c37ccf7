package vn.thidua.standalone;

import java.nio.file.Path;

class ApiContractOnH2Test extends ApiContractTest {

    @Override
    TestStore store(Path data) {
        return TestStore.h2(data);
    }
}
