package vn.thidua.standalone;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * An end-to-end test class whose ordered tests drive one app over HTTP, as one story. It runs standalone on the
 * embedded H2 file; a subclass runs the same story on PostgreSQL ({@link #store}) or in split mode ({@link #split}):
 * two command sides and two query sides sharing one PostgreSQL schema, requests spread over them in turn.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OneAppTest {

    @TempDir
    static Path data;

    AppUnderTest app;
    Steps steps;
    private TestStore store;

    @BeforeAll
    void startApp() {
        store = store(data);
        app = split() ? SplitApp.start(store.properties(), 2, 2) : RunningApp.start(store.properties());
        steps = new Steps(app);
    }

    @AfterAll
    void stopApp() {
        try (TestStore closing = store) {
            if (app != null) {
                app.close();
            }
        }
    }

    boolean split() {
        return false;
    }

    TestStore store(Path data) {
        return split() ? TestStore.postgres() : TestStore.h2(data);
    }
}
