package vn.thidua.standalone;

import java.nio.file.Path;

class AwardRegisterOnH2Test extends AwardRegisterTest {

    @Override
    TestStore store(Path data) {
        return TestStore.h2(data);
    }
}
