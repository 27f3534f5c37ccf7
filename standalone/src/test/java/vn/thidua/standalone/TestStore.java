package vn.thidua.standalone;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import vn.thidua.platform.test.TestDatabases;

/**
 * The database an end-to-end test runs the app on, so one test class runs on the embedded H2 file (the default
 * mode) and on PostgreSQL (the split mode's store) through two one-line subclasses.
 */
interface TestStore extends AutoCloseable {

    Map<String, Object> properties();

    @Override
    void close();

    /** This store with {@code key} set to {@code value} in the app's properties as well. */
    default TestStore with(String key, Object value) {
        Map<String, Object> properties = new HashMap<>(properties());
        properties.put(key, value);
        return of(properties, this::close);
    }

    static TestStore h2(Path directory) {
        return of(TestDatabases.h2File(directory), () -> {
        });
    }

    /** A fresh schema of the CI database, dropped when the test is done. */
    static TestStore postgres() {
        String schema = TestDatabases.freshSchemaName();
        return of(TestDatabases.postgres(schema), () -> TestDatabases.dropPostgresSchema(schema));
    }

    private static TestStore of(Map<String, Object> properties, Runnable onClose) {
        return new TestStore() {
            @Override
            public Map<String, Object> properties() {
                return properties;
            }

            @Override
            public void close() {
                onClose.run();
            }
        };
    }
}
