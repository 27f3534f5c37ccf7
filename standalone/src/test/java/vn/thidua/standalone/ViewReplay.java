package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.thidua.platform.test.ApiClient;

/**
 * Whether the views a query side projected live, through whatever crashes, equal a fresh replay of the event store,
 * asked through the admin API as the national auditor and read table by table from the views' schema.
 */
final class ViewReplay {

    static final String AUDITOR = "kiem-tra-trung-uong";
    private static final Duration CATCH_UP = Duration.ofSeconds(90);
    /** Where the live audit log put an event: compared otherwise than by equality (see {@link #snapshot}). */
    private static final Set<String> AUDIT_ORDER_COLUMNS = Set.of("global_index", "chain_position", "previous_hash",
            "entry_hash");

    private ViewReplay() {
    }

    /** The query side's tracking processors: those of the token store its admin knows. */
    static List<String> views(JdbcTemplate jdbc, ApiClient auditor) {
        List<String> views = new ArrayList<>();
        for (String group : jdbc.queryForList("select distinct processor_name from token_entry order by 1", String.class)) {
            if (auditor.get("/api/admin/replays/" + group).status() == 200) {
                views.add(group);
            }
        }
        return views;
    }

    /** How many segments a view's tokens have: one, or {@code thidua.views.segments} (ViewProcessorTuning). */
    static int segments(JdbcTemplate jdbc, String view) {
        Integer rows = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Integer.class,
                view);
        return rows == null ? 0 : rows;
    }

    /** Waits until every view has processed the whole store, as it stands now. */
    static void awaitCaughtUp(JdbcTemplate jdbc, ApiClient auditor, List<String> views) {
        long head = count(jdbc, "select max(global_index) from domain_event_entry");
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String view : views) {
                assertThat(caughtUp(auditor, view, head)).as(view).isTrue();
            }
        });
    }

    private static boolean caughtUp(ApiClient auditor, String view, long head) {
        JsonNode progress = expect(200, auditor.get("/api/admin/replays/" + view)).json();
        return !progress.path("replaying").asBoolean() && progress.path("caughtUp").asBoolean()
                && !progress.path("error").asBoolean() && progress.path("position").asLong(-1) >= head;
    }

    /**
     * Each event projected exactly once into the audit log and its chain intact; then every view replayed from the
     * store and found equal, row for row, to what was projected live, and the chain intact again. The views must
     * have caught up first ({@link #awaitCaughtUp}).
     */
    static void assertLiveEqualsFreshReplay(JdbcTemplate jdbc, ApiClient auditor, List<String> views) {
        long events = count(jdbc, "select count(*) from domain_event_entry");
        assertThat(count(jdbc, "select count(*) from q_audit_event")).as("audit rows").isEqualTo(events);
        assertThat(count(jdbc, "select count(*) from (select event_id from q_audit_event group by event_id"
                + " having count(*) > 1) twice")).as("events in the audit log twice").isZero();
        assertChainIntact(auditor, events);
        Map<String, List<String>> projected = snapshot(jdbc);
        for (String view : views) {
            expect(202, auditor.post("/api/admin/replays/" + view, ""));
        }
        awaitCaughtUp(jdbc, auditor, views);
        assertChainIntact(auditor, events);
        Map<String, List<String>> replayed = snapshot(jdbc);
        assertThat(replayed.keySet()).isEqualTo(projected.keySet());
        for (String table : projected.keySet()) {
            assertThat(projected.get(table)).as(table).isEqualTo(replayed.get(table));
        }
    }

    /** The audit log's hash chain links every stored event. */
    static void assertChainIntact(ApiClient auditor, long events) {
        JsonNode verification = expect(200, auditor.get("/api/audit/verify")).json();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("verified").asLong()).isEqualTo(events);
    }

    /**
     * Every row of every view table, as text, sorted: a view's content whatever order its rows were written in. The
     * audit log's global index is left to a comparison with the store's (a wrong one is then told apart from a lost
     * or doubled row); its chain columns are left out: the live chain links events in the order the processor met
     * them, and an event whose transaction committed after a later-numbered one is met later live than in a replay,
     * so the two chains can differ in order (and so in every hash after it) while each is intact.
     */
    private static Map<String, List<String>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_name like 'q\\_%' order by 1", String.class)) {
            List<String> rows = new ArrayList<>(jdbc.query("select * from " + table, (row, n) -> {
                StringBuilder text = new StringBuilder();
                for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                    if (table.equals("q_audit_event") && AUDIT_ORDER_COLUMNS.contains(row.getMetaData().getColumnName(c))) {
                        continue;
                    }
                    text.append(row.getMetaData().getColumnName(c)).append('=').append(row.getString(c)).append(';');
                }
                return text.toString();
            }));
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }

    static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
