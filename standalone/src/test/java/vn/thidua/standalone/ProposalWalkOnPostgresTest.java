package vn.thidua.standalone;

import java.nio.file.Path;

class ProposalWalkOnPostgresTest extends ProposalWalkTest {

    @Override
    TestStore store(Path data) {
        return TestStore.postgres();
    }
}
