package vn.thidua.standalone;

import java.nio.file.Path;

class ProposalWalkOnH2Test extends ProposalWalkTest {

    @Override
    TestStore store(Path data) {
        return TestStore.h2(data);
    }
}
