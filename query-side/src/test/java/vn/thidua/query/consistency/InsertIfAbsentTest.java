package vn.thidua.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.platform.test.TestDatabases;

/**
 * Delivery is at least once: an insert of a view's row that is already there leaves the row as the first delivery
 * wrote it, on H2 ({@code where not exists}) and on PostgreSQL ({@code on conflict do nothing}, sent by the driver
 * as one insert of many rows for a batch, as the {@code postgres} profile sets it), also when both deliveries are in
 * the same batch.
 */
class InsertIfAbsentTest {

    private String schema;

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            TestDatabases.dropPostgresSchema(schema);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void a_row_delivered_again_keeps_what_the_first_delivery_wrote(String database) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource(database));
        jdbc.execute("create table q_probe (probe_key varchar(20) not null, item_index integer not null,"
                + " item varchar(20), primary key (probe_key, item_index))");
        ViewWrites writes = new ViewWrites(jdbc);
        ViewWrites.InsertIfAbsent item = writes.insertIfAbsent("q_probe", List.of("probe_key", "item_index", "item"),
                "probe_key", "item_index");
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));

        transactions.executeWithoutResult(status -> {
            writes.add(item, "dk-1", 0, "first");
            writes.add(item, "dk-1", 1, "other item");
            writes.add(item, "dk-1", 0, "again, same batch");
            writes.add(item, "dk-2", 0, "first");
        });
        transactions.executeWithoutResult(status -> writes.add(item, "dk-1", 0, "again, next batch"));

        assertThat(jdbc.queryForList("select probe_key || ' ' || item_index || ' ' || item from q_probe"
                + " order by probe_key, item_index", String.class))
                .containsExactly("dk-1 0 first", "dk-1 1 other item", "dk-2 0 first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void a_key_must_be_one_of_the_columns(String database) {
        ViewWrites writes = new ViewWrites(new JdbcTemplate(dataSource(database)));

        assertThatThrownBy(() -> writes.insertIfAbsent("q_probe", List.of("item"), "probe_key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("probe_key");
    }

    private DriverManagerDataSource dataSource(String database) {
        if (database.equals("h2")) {
            return new DriverManagerDataSource("jdbc:h2:mem:" + TestDatabases.freshSchemaName() + ";DB_CLOSE_DELAY=-1");
        }
        schema = TestDatabases.freshSchemaName();
        Map<String, Object> postgres = TestDatabases.postgres(schema);
        String url = (String) postgres.get("spring.datasource.url");
        String user = (String) postgres.get("spring.datasource.username");
        String password = (String) postgres.get("spring.datasource.password");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test schema " + schema, e);
        }
        return new DriverManagerDataSource(url + "&reWriteBatchedInserts=true", user, password);
    }
}
