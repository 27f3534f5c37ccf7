package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.TestDatabases;

/**
 * An event stored in its old shape still counts (issue #12, "upcasting"): a {@code ProposalSubmitted} written before
 * revision 2, with no revision and no {@code dueAt}, is put into the store as the earlier code wrote it. Read through
 * the upcaster it is revision 2 with no due date: the aggregate loads and forwards it, the tracker shows the old hop
 * without a due date (live and after a replay), and the audit chain, which hashes the stored bytes, verifies intact
 * because upcasting leaves those bytes as they were. The serializer refuses a record with a field missing, so without
 * the upcaster the proposal cannot be loaded or projected.
 */
class UpcastingTest {

    private static final String PROPOSAL = "de-nghi-truoc-revision-2";
    private static final String COMMUNE = "ubnd-xa-lo-ku";
    private static final String DISTRICT = "ubnd-huyen-kbang";
    private static final String PROVINCE = "ubnd-tinh-gia-lai";
    private static final String AUDITOR = "kiem-tra-trung-uong";
    /** Copied from the store after a run of the code before revision 2 (only the proposal id differs). */
    private static final String OLD_PAYLOAD = """
            {"proposalId":"de-nghi-truoc-revision-2","campaignId":"kh-ubnd-xa-lo-ku","reviewId":"tk-2025",\
            "registrationId":"dk-ubnd-xa-lo-ku","participant":{"kind":"INDIVIDUAL","unitId":"ubnd-xa-lo-ku",\
            "personId":"cb-ubnd-xa-lo-ku"},"category":null,"awardType":"LABOUR_ORDER_3","proposerUnit":"ubnd-xa-lo-ku",\
            "pendingAt":"ubnd-huyen-kbang","usedInitiative":false,"dossier":[{"kind":"SUBMISSION",\
            "reference":"Tờ trình số 12/TTr"},{"kind":"ACHIEVEMENT_REPORT","reference":"Báo cáo thành tích"},\
            {"kind":"COUNCIL_MINUTES","reference":"Biên bản họp Hội đồng TĐKT"}],\
            "vote":{"inFavour":7,"present":8,"total":9,"secretBallot":false}}""";
    private static final String OLD_METADATA = """
            {"actor":"ubnd-xa-lo-ku","correlationId":"d868792e-25ac-4bc6-96cd-4420907b36b4",\
            "actorUnit":"ubnd-xa-lo-ku","commandId":"a1710549-c232-4e56-9f00-36b77328ef19"}""";

    @Test
    void an_arrival_stored_before_revision_2_is_read_without_a_due_date_and_still_moves_on(@TempDir Path data) {
        try (RunningApp app = RunningApp.start(TestDatabases.h2File(data))) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            ApiClient auditor = app.as(AUDITOR);
            jdbc.update("""
                            insert into domain_event_entry (global_index, sequence_number, aggregate_identifier,
                                event_identifier, payload_revision, payload_type, time_stamp, type, meta_data, payload)
                            values (next value for domain_event_entry_seq, 0, ?, ?, null,
                                'vn.thidua.api.proposal.ProposalSubmitted', ?, 'AwardProposal', ?, ?)""",
                    PROPOSAL, UUID.randomUUID().toString(), Instant.now().minus(Duration.ofDays(3)).toString(),
                    OLD_METADATA.getBytes(StandardCharsets.UTF_8), OLD_PAYLOAD.getBytes(StandardCharsets.UTF_8));

            JsonNode waiting = await().atMost(Duration.ofSeconds(20)).until(() -> inboxItem(app, DISTRICT),
                    item -> !item.isMissingNode());
            assertThat(waiting.path("dueAt").isNull()).as("an old arrival recorded no due date").isTrue();

            expect(200, new Steps(app).forward(DISTRICT, PROPOSAL));
            assertThat(jdbc.queryForObject("select payload_revision from domain_event_entry where aggregate_identifier = ?"
                    + " and sequence_number = 1", String.class, PROPOSAL)).isEqualTo("2");
            await().atMost(Duration.ofSeconds(20)).until(() -> !inboxItem(app, PROVINCE).isMissingNode());

            expect(202, auditor.post("/api/admin/replays/proposal-tracker", ""));
            await().atMost(Duration.ofSeconds(30)).until(() -> replayed(auditor.get("/api/admin/replays/proposal-tracker").json()));
            JsonNode tracker = await().atMost(Duration.ofSeconds(20)).until(
                    () -> app.as(PROVINCE).get("/api/proposals/" + PROPOSAL).json(), json -> json.path("route").size() == 2);
            JsonNode forwardedDue = tracker.path("proposal").path("dueAt");
            assertThat(Instant.parse(forwardedDue.asString())).isAfter(Instant.now());
            assertThat(tracker.path("route").get(0).path("action").asString()).isEqualTo("SUBMITTED");
            assertThat(tracker.path("route").get(0).path("dueAt").isNull()).isTrue();
            assertThat(tracker.path("route").get(1).path("action").asString()).isEqualTo("FORWARDED");
            assertThat(tracker.path("route").get(1).path("dueAt")).isEqualTo(forwardedDue);

            Map<String, Object> stored = jdbc.queryForMap("select payload_revision, payload from domain_event_entry"
                    + " where aggregate_identifier = ? and sequence_number = 0", PROPOSAL);
            assertThat(stored.get("payload_revision")).isNull();
            assertThat(new String((byte[]) stored.get("payload"), StandardCharsets.UTF_8)).isEqualTo(OLD_PAYLOAD);
            JsonNode verified = await().atMost(Duration.ofSeconds(20)).until(
                    () -> expect(200, auditor.get("/api/audit/verify")).json(),
                    answer -> answer.path("verified").asLong() == app.eventCount());
            assertThat(verified.path("intact").asBoolean()).isTrue();
        }
    }

    /** The proposal in {@code unit}'s inbox, read by that unit, or a missing node while it is not there (yet). */
    private static JsonNode inboxItem(RunningApp app, String unit) {
        for (JsonNode item : app.as(unit).get("/api/units/" + unit + "/inbox").json().path("items")) {
            if (PROPOSAL.equals(item.path("proposalId").asString())) {
                return item;
            }
        }
        return MissingNode.getInstance();
    }

    private static boolean replayed(JsonNode progress) {
        return !progress.path("replaying").asBoolean() && progress.path("caughtUp").asBoolean()
                && progress.path("percent").asInt() == 100;
    }
}
