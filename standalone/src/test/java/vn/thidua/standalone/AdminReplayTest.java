package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;
import vn.thidua.platform.test.TestDatabases;

/**
 * Rebuilding a view through the admin API: the replay answers 202 with where to follow it, its progress runs up to
 * the head of the event store, and the rebuilt view answers exactly as before. Only auditors may; an unknown group
 * is 404, a group handled in the command's transaction is 409. The actuator offers the same.
 */
class AdminReplayTest {

    private static final String AUDITOR = "kiem-tra-trung-uong";
    private static final String UNION = "ldld-lai-chau";

    @Test
    void replaying_the_audit_log_rebuilds_the_same_view(@TempDir Path data) {
        try (RunningApp app = RunningApp.start(TestDatabases.h2File(data))) {
            Steps steps = new Steps(app);
            ApiClient auditor = app.as(AUDITOR);
            steps.launch(UNION, "ldld-lc-replay", UNION, "30/KH-LĐLĐ", null, 2025, 2025, """
                    [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "INDIVIDUAL"}]""");
            steps.person(UNION, "lc-tran-van-an", "Trần Văn An", UNION);
            String before = await().atMost(Duration.ofSeconds(20))
                    .until(() -> auditor.get("/api/audit?size=500").body(), body -> body.contains("lc-tran-van-an"));
            await().atMost(Duration.ofSeconds(20)).until(() -> done(auditor.get("/api/admin/replays/audit-log").json()));

            Answer started = expect(202, auditor.post("/api/admin/replays/audit-log", ""));
            assertThat(started.header("Location")).isEqualTo("/api/admin/replays/audit-log");
            assertThat(started.json().path("group").asString()).isEqualTo("audit-log");

            JsonNode finished = await().atMost(Duration.ofSeconds(30))
                    .until(() -> auditor.get(started.header("Location")).json(), AdminReplayTest::done);
            assertThat(finished.path("error").asBoolean()).isFalse();
            assertThat(finished.path("position").asLong()).isEqualTo(finished.path("head").asLong())
                    .isEqualTo(app.bean(JdbcTemplate.class)
                            .queryForObject("select max(global_index) from domain_event_entry", Long.class));
            assertThat(auditor.get("/api/audit?size=500").body()).isEqualTo(before);
        }
    }

    @Test
    void only_auditors_replay_known_tracking_processors(@TempDir Path data) {
        try (RunningApp app = RunningApp.start(TestDatabases.h2File(data))) {
            ApiClient auditor = app.as(AUDITOR);
            ApiClient officer = app.as("bo-ldtbxh");
            ApiClient analyst = app.as("phan-tich-bo-ldtbxh");

            assertThat(officer.post("/api/admin/replays/units", "").status()).isEqualTo(403);
            assertThat(officer.get("/api/admin/replays/units").status()).isEqualTo(403);
            assertThat(analyst.post("/api/admin/replays/units", "").status()).isEqualTo(403);
            assertThat(app.anonymous().get("/api/admin/replays/units").status()).isEqualTo(401);

            Answer unknown = auditor.get("/api/admin/replays/no-such-view");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.rule()).isEqualTo("ADMIN");
            assertThat(auditor.post("/api/admin/replays/no-such-view", "").status()).isEqualTo(404);

            Answer inTransaction = auditor.post("/api/admin/replays/unit-directory", "");
            assertThat(inTransaction.status()).isEqualTo(409);
            assertThat(inTransaction.rule()).isEqualTo("ADMIN");

            Answer progress = auditor.get("/api/admin/replays/units");
            assertThat(progress.status()).isEqualTo(200);
            assertThat(progress.json().path("group").asString()).isEqualTo("units");
        }
    }

    @Test
    void the_actuator_shows_and_starts_replays_for_auditors_only(@TempDir Path data) {
        try (RunningApp app = RunningApp.start(TestDatabases.h2File(data))) {
            ApiClient auditor = app.as(AUDITOR);
            String body = await().atMost(Duration.ofSeconds(20)).until(
                    () -> auditor.get("/actuator/replays/units").body(), b -> b.contains("\"caughtUp\":true"));
            assertThat(body).contains("\"group\":\"units\"");
            assertThat(app.as("bo-ldtbxh").get("/actuator/replays/units").status()).isEqualTo(403);
            assertThat(auditor.get("/actuator/replays/no-such-view").status()).isEqualTo(404);

            assertThat(auditor.post("/actuator/replays/units", "").status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> done(auditor.get("/api/admin/replays/units").json()));
            assertThat(auditor.get("/api/units?size=500").body()).contains("ubnd-xa-lo-ku");
        }
    }

    private static boolean done(JsonNode progress) {
        return !progress.path("replaying").asBoolean() && progress.path("caughtUp").asBoolean()
                && progress.path("percent").asInt() == 100;
    }
}
