package vn.thidua.platform.test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Where tests put their data: a fresh H2 file directory, or a fresh schema in the PostgreSQL that {@code .ci/run}
 * prepares ({@code THIDUA_TEST_PG_URL}, {@code DB_USER}, {@code DB_PASSWORD}; defaults thidua/thidua on localhost).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Map<String, Object> h2File(Path directory) {
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + directory.resolve("thidua").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    }

    public static String freshSchemaName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /** Properties that point an app at {@code schema} in the test PostgreSQL; Flyway creates the schema. */
    public static Map<String, Object> postgres(String schema) {
        String url = env("THIDUA_TEST_PG_URL", "jdbc:postgresql://localhost:5432/thidua");
        return Map.of(
                "spring.profiles.active", "postgres",
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", env("DB_USER", "thidua"),
                "spring.datasource.password", env("DB_PASSWORD", "thidua"),
                "spring.flyway.schemas", schema);
    }

    /** Tests on PostgreSQL drop their schema, so a developer's database does not fill up with them. */
    public static void dropPostgresSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(env("THIDUA_TEST_PG_URL", "jdbc:postgresql://localhost:5432/thidua"),
                env("DB_USER", "thidua"), env("DB_PASSWORD", "thidua"));
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
