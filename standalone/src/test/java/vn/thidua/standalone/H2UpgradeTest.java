package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.platform.test.TestDatabases;

/**
 * An embedded store from before migration V1_2_0, with Axon's serialized columns as blobs, upgrades in place: every
 * stored byte is kept, the app reads its events and appends after them.
 */
class H2UpgradeTest {

    private static final String ROWS = """
            select global_index, event_identifier, payload, meta_data from domain_event_entry order by global_index""";

    @Test
    void a_store_with_blob_columns_keeps_every_event_through_the_upgrade(@TempDir Path data) throws SQLException {
        Map<String, Object> h2 = TestDatabases.h2File(data);
        List<Map<String, Object>> before;
        try (RunningApp app = RunningApp.start(h2)) {
            new Steps(app).launch("ldld-lai-chau", "ldld-lc-upgrade", "ldld-lai-chau", "30/KH-LĐLĐ", null, 2025, 2025, """
                    [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "INDIVIDUAL"}]""");
            before = app.bean(JdbcTemplate.class).queryForList(ROWS);
        }
        // H2 keeps a blob of more than 256 bytes apart from its row: the upgrade must bring those back in too
        assertThat(before).anySatisfy(row -> assertThat((byte[]) row.get("PAYLOAD")).hasSizeGreaterThan(256));
        try (Connection connection = DriverManager.getConnection(h2.get("spring.datasource.url").toString(), "thidua", "thidua");
             Statement statement = connection.createStatement()) {
            for (String column : List.of("domain_event_entry.payload", "domain_event_entry.meta_data",
                    "snapshot_event_entry.payload", "snapshot_event_entry.meta_data", "token_entry.token",
                    "saga_entry.serialized_saga", "dead_letter_entry.payload", "dead_letter_entry.meta_data",
                    "dead_letter_entry.token", "dead_letter_entry.diagnostics")) {
                String[] table = column.split("\\.");
                statement.execute("alter table " + table[0] + " alter column " + table[1] + " set data type blob");
            }
            statement.execute("delete from \"flyway_schema_history\" where \"version\" = '1.2.0'");
        }

        try (RunningApp app = RunningApp.start(h2)) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("""
                    select data_type from information_schema.columns
                    where table_name = 'DOMAIN_EVENT_ENTRY' and column_name = 'PAYLOAD'""", String.class))
                    .isEqualTo("BINARY VARYING");
            List<Map<String, Object>> after = jdbc.queryForList(ROWS);
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).get("EVENT_IDENTIFIER")).isEqualTo(before.get(i).get("EVENT_IDENTIFIER"));
                assertThat((byte[]) after.get(i).get("PAYLOAD")).isEqualTo(before.get(i).get("PAYLOAD"));
                assertThat((byte[]) after.get(i).get("META_DATA")).isEqualTo(before.get(i).get("META_DATA"));
            }
            Steps.expect(201, app.as("ubnd-huyen-kbang").post("/api/units", """
                    {"unitId":"xa-kong-lung-khong","name":"Ủy ban nhân dân xã Kông Lơng Khơng","abbreviation":"UBND",
                     "level":"COMMUNE","kind":"PEOPLES_COMMITTEE","parentId":"ubnd-huyen-kbang"}"""));
            assertThat(app.eventCount()).isEqualTo(before.size() + 1L);
        }
    }
}
