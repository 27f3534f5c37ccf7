package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;
import vn.thidua.platform.test.TestDatabases;

/** What must outlive a process: the data, the demo set-up done once, and every Idempotency-Key used (A1). */
class DurabilityTest {

    private static final String NEW_COMMUNE = """
            {"unitId":"xa-kong-lung-khong","name":"Ủy ban nhân dân xã Kông Lơng Khơng","abbreviation":"UBND",
             "level":"COMMUNE","kind":"PEOPLES_COMMITTEE","parentId":"ubnd-huyen-kbang"}""";

    private String schema;

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            TestDatabases.dropPostgresSchema(schema);
        }
    }

    @Test
    void A1_key_is_remembered_across_a_restart_and_demo_data_is_not_loaded_twice(@TempDir Path data) {
        Map<String, Object> h2 = TestDatabases.h2File(data);
        String key = UUID.randomUUID().toString();
        Answer first;
        long eventsBeforeRestart;
        long unitsBeforeRestart;
        try (RunningApp app = RunningApp.start(h2)) {
            first = app.as("ubnd-huyen-kbang").post("/api/units", NEW_COMMUNE, key);
            assertThat(first.status()).isEqualTo(201);
            eventsBeforeRestart = app.eventCount();
            unitsBeforeRestart = awaitUnitListed(app.as("trung-uong"), "xa-kong-lung-khong");
        }
        try (RunningApp app = RunningApp.start(h2)) {
            assertThat(app.eventCount()).isEqualTo(eventsBeforeRestart);
            Answer repeated = app.as("ubnd-huyen-kbang").post("/api/units", NEW_COMMUNE, key);
            assertThat(repeated.status()).isEqualTo(201);
            assertThat(repeated.body()).isEqualTo(first.body());
            assertThat(app.eventCount()).isEqualTo(eventsBeforeRestart);
            assertThat(awaitUnitListed(app.as("trung-uong"), "xa-kong-lung-khong")).isEqualTo(unitsBeforeRestart);
        }
    }

    @Test
    void A1_key_used_on_one_instance_is_answered_by_another() {
        schema = TestDatabases.freshSchemaName();
        Map<String, Object> shared = TestDatabases.postgres(schema);
        try (RunningApp one = RunningApp.start(shared); RunningApp other = RunningApp.start(shared)) {
            String key = UUID.randomUUID().toString();
            Answer answer = one.as("ubnd-huyen-kbang").post("/api/units", NEW_COMMUNE, key);
            Answer again = other.as("ubnd-huyen-kbang").post("/api/units", NEW_COMMUNE, key);
            Answer otherBody = other.as("ubnd-huyen-kbang").post("/api/units", NEW_COMMUNE.replace("Khơng", "K"), key);
            assertThat(answer.status()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(answer.body());
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(otherBody.status()).isEqualTo(422);
            assertThat(other.eventCount()).isEqualTo(one.eventCount());
        }
    }

    /** Waits until the unit list shows {@code unitId}, and answers how many units it lists. */
    private static long awaitUnitListed(ApiClient viewer, String unitId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            Answer units = viewer.get("/api/units?size=500");
            return units.body().contains("\"" + unitId + "\"") ? units.json().path("totalItems").asLong() : null;
        }, java.util.Objects::nonNull);
    }
}
