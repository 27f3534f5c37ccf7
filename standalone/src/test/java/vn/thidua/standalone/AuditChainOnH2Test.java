package vn.thidua.standalone;

import java.nio.file.Path;

/** On the embedded H2 nothing protects the event table: any connection may change it, which verify then names. */
class AuditChainOnH2Test extends AuditChainTest {

    @Override
    TestStore store(Path data) {
        return TestStore.h2(data);
    }

    @Override
    void asTheOwner(Runnable change) {
        change.run();
    }
}
