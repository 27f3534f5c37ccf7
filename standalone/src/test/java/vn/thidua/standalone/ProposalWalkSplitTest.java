package vn.thidua.standalone;

import java.nio.file.Path;

/** The walk in split mode: two command sides and two query sides on one PostgreSQL schema, requests in turn. */
class ProposalWalkSplitTest extends ProposalWalkTest {

    @Override
    TestStore store(Path data) {
        return TestStore.postgres();
    }

    @Override
    AppUnderTest start(TestStore store) {
        return SplitApp.start(store.properties(), 2, 2);
    }
}
