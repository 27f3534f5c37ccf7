package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * The audit log's hash chain over HTTP, after real commands: verify finds an untouched history intact with every
 * stored event linked; a replay rebuilds the very same links; an auditor alone may verify; a payload or metadata row
 * changed with plain SQL behind the application's back is named as the first broken link.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AuditChainTest {

    private static final String UNION = "ldld-lai-chau";
    private static final String COMMUNE = "ubnd-xa-lo-ku";
    private static final String AUDITOR = "kiem-tra-trung-uong";
    private static final String PERSON = "lk-ha-van-son";

    @TempDir
    static Path data;

    private TestStore store;
    RunningApp app;
    private ApiClient auditor;
    JdbcTemplate jdbc;

    @BeforeAll
    void start() {
        store = store(data);
        app = RunningApp.start(store.properties());
        auditor = app.as(AUDITOR);
        jdbc = app.bean(JdbcTemplate.class);
        Steps steps = new Steps(app);
        steps.launch(UNION, "ldld-lc-chain", UNION, "40/KH-LĐLĐ", null, 2025, 2025, """
                [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "INDIVIDUAL"}]""");
        steps.person(COMMUNE, PERSON, "Hà Văn Sơn", COMMUNE);
    }

    @AfterAll
    void stop() {
        app.close();
        store.close();
    }

    abstract TestStore store(Path data);

    /** Runs a change of the event table as the database's owner would; on H2 nothing stops anyone. */
    abstract void asTheOwner(Runnable change);

    @Test
    @Order(1)
    void an_untouched_history_is_intact_with_every_stored_event_linked_in_one_segment() {
        JsonNode answer = await().atMost(Duration.ofSeconds(20)).until(this::verify,
                json -> json.path("verified").asLong() == app.eventCount());

        assertThat(answer.path("intact").asBoolean()).isTrue();
        assertThat(answer.path("firstBroken").isNull()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name = 'audit-log'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void only_an_auditor_may_verify() {
        for (String user : List.of(UNION, COMMUNE, "phan-tich-bo-ldtbxh")) {
            Answer refused = app.as(user).get("/api/audit/verify");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.rule()).isEqualTo("ROLE");
        }
        assertThat(app.anonymous().get("/api/audit/verify").status()).isEqualTo(401);
    }

    /**
     * The live chain was appended in the order the processor met the events, the replay in store order: the same
     * here, as no transaction committed after a later-numbered one (a gap that fills late would be linked later live).
     */
    @Test
    @Order(3)
    void a_replay_rebuilds_the_same_chain_from_position_1() {
        List<Map<String, Object>> live = links();
        assertThat(live.get(0).get("chain_position")).isEqualTo(1L);

        Steps.expect(202, auditor.post("/api/admin/replays/audit-log", ""));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode progress = auditor.get("/api/admin/replays/audit-log").json();
            return !progress.path("replaying").asBoolean() && progress.path("caughtUp").asBoolean();
        });

        assertThat(links()).isEqualTo(live);
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    @Order(10)
    void altered_metadata_is_named_and_restoring_it_makes_the_chain_whole_again() {
        String eventId = eventOf(PERSON);
        byte[] original = jdbc.queryForObject("select meta_data from domain_event_entry where event_identifier = ?",
                byte[].class, eventId);
        String forged = new String(original, StandardCharsets.UTF_8).replace(COMMUNE, "ubnd-tinh-gia-lai");
        assertThat(forged).isNotEqualTo(new String(original, StandardCharsets.UTF_8));

        setStored("meta_data", forged.getBytes(StandardCharsets.UTF_8), eventId);
        assertFirstBroken(verify(), eventId, PERSON, "ALTERED");

        setStored("meta_data", original, eventId);
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    @Order(11)
    void a_payload_altered_with_plain_sql_is_named_as_the_first_broken_link() {
        String eventId = eventOf("ldld-lc-chain");
        String payload = new String(jdbc.queryForObject(
                "select payload from domain_event_entry where event_identifier = ?", byte[].class, eventId),
                StandardCharsets.UTF_8);

        setStored("payload", payload.replace("40/KH-LĐLĐ", "41/KH-LĐLĐ").getBytes(StandardCharsets.UTF_8), eventId);

        assertFirstBroken(verify(), eventId, "ldld-lc-chain", "ALTERED");
    }

    private JsonNode verify() {
        return Steps.expect(200, auditor.get("/api/audit/verify")).json();
    }

    private void assertFirstBroken(JsonNode answer, String eventId, String aggregate, String reason) {
        Map<String, Object> link = jdbc.queryForMap(
                "select chain_position, aggregate_type, sequence_number from q_audit_event where event_id = ?", eventId);
        long position = ((Number) link.get("chain_position")).longValue();
        assertThat(answer.path("intact").asBoolean()).isFalse();
        assertThat(answer.path("verified").asLong()).isEqualTo(position - 1);
        JsonNode broken = answer.path("firstBroken");
        assertThat(broken.path("chainPosition").asLong()).isEqualTo(position);
        assertThat(broken.path("eventIdentifier").asString()).isEqualTo(eventId);
        assertThat(broken.path("aggregateType").asString()).isEqualTo(link.get("aggregate_type"));
        assertThat(broken.path("aggregateIdentifier").asString()).isEqualTo(aggregate);
        assertThat(broken.path("sequenceNumber").asLong()).isZero();
        assertThat(broken.path("reason").asString()).isEqualTo(reason);
    }

    private void setStored(String column, byte[] value, String eventId) {
        asTheOwner(() -> assertThat(jdbc.update("update domain_event_entry set " + column + " = ? where event_identifier = ?",
                value, eventId)).isEqualTo(1));
    }

    /** The identifier of the first event of {@code aggregate}. */
    private String eventOf(String aggregate) {
        return jdbc.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 0", String.class, aggregate);
    }

    private List<Map<String, Object>> links() {
        return jdbc.queryForList("select chain_position, event_id, previous_hash, entry_hash from q_audit_event"
                + " order by chain_position");
    }
}
