package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;
import vn.thidua.platform.test.TestDatabases;

/**
 * A view that fails on an event parks it in its dead-letter queue, with the later events of the same aggregate
 * behind it, and goes on with the other aggregates; the admin API lists the letters and retries them. Without the
 * queue the failure would only be logged and the event lost to the view. Subscribing (in-transaction) groups get no
 * queue: their failures must fail the command.
 */
class DeadLetterQueueTest {

    private static final String AUDITOR = "kiem-tra-bo-ldtbxh";
    private static final String PROVINCE = "ubnd-tinh-gia-lai";

    /** A view that cannot handle a unit named "poison" until it is fixed; loaded into the app for this test only. */
    @ProcessingGroup("failing-view")
    public static class FailingView {

        static final List<String> HANDLED = new CopyOnWriteArrayList<>();
        static volatile boolean fixed;

        @EventHandler
        void on(OrgUnitRenamed event) {
            if (!fixed && event.name().contains("poison")) {
                throw new IllegalStateException("the view cannot handle the name of " + event.unitId());
            }
            HANDLED.add(event.unitId() + " " + event.name());
        }
    }

    @Test
    void a_failing_event_is_parked_the_view_goes_on_and_a_retry_handles_it(@TempDir Path data) {
        FailingView.HANDLED.clear();
        FailingView.fixed = false;
        Map<String, Object> properties = new HashMap<>(TestDatabases.h2File(data));
        properties.put("spring.main.sources", FailingView.class.getName());
        try (RunningApp app = RunningApp.start(properties)) {
            ApiClient auditor = app.as(AUDITOR);
            ApiClient province = app.as(PROVINCE);
            JsonNode queues = auditor.get("/api/admin/dead-letters").json();
            assertThat(groups(queues)).contains("failing-view", "units", "proposal-tracker", "audit-log")
                    .doesNotContain("unit-directory", "campaign-directory", "quota-ledger");

            expect(200, province.post("/api/units/ubnd-huyen-kbang/rename", "{\"name\": \"Huyện Kbang poison\"}"));
            expect(200, province.post("/api/units/ubnd-xa-lo-ku/rename", "{\"name\": \"Xã Lơ Ku mới\"}"));
            expect(200, province.post("/api/units/ubnd-huyen-kbang/rename", "{\"name\": \"Huyện Kbang\"}"));

            JsonNode failing = await().atMost(Duration.ofSeconds(20)).until(
                    () -> group(auditor.get("/api/admin/dead-letters").json(), "failing-view"),
                    g -> g.path("letters").asLong() == 2);
            assertThat(FailingView.HANDLED).containsExactly("ubnd-xa-lo-ku Xã Lơ Ku mới");
            assertThat(failing.path("sequences").asLong()).isEqualTo(1);
            JsonNode poisoned = failing.path("items").get(0);
            assertThat(poisoned.path("eventType").asString()).isEqualTo("OrgUnitRenamed");
            assertThat(poisoned.path("aggregateType").asString()).isEqualTo("OrgUnit");
            assertThat(poisoned.path("aggregateId").asString()).isEqualTo("ubnd-huyen-kbang");
            assertThat(poisoned.path("causeMessage").asString()).contains("cannot handle the name of ubnd-huyen-kbang");
            assertThat(poisoned.path("enqueuedAt").isNull()).isFalse();
            assertThat(failing.path("items").get(1).path("causeMessage").isNull()).isTrue();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(province.get("/api/units/ubnd-huyen-kbang").body()).contains("\"name\":\"Huyện Kbang\""));
            assertThat(group(auditor.get("/api/admin/dead-letters").json(), "units").path("letters").asLong()).isZero();

            assertThat(app.as(PROVINCE).get("/api/admin/dead-letters").status()).isEqualTo(403);
            assertThat(app.as(PROVINCE).post("/api/admin/dead-letters/failing-view/retry", "").status()).isEqualTo(403);
            assertThat(auditor.post("/api/admin/dead-letters/no-such-view/retry", "").status()).isEqualTo(404);
            assertThat(auditor.post("/api/admin/dead-letters/unit-directory/retry", "").status()).isEqualTo(409);

            FailingView.fixed = true;
            Answer retried = expect(200, auditor.post("/api/admin/dead-letters/failing-view/retry", ""));
            assertThat(retried.json().path("succeeded").asInt()).isEqualTo(1);
            assertThat(retried.json().path("remaining").asLong()).isZero();
            assertThat(FailingView.HANDLED).containsExactly("ubnd-xa-lo-ku Xã Lơ Ku mới",
                    "ubnd-huyen-kbang Huyện Kbang poison", "ubnd-huyen-kbang Huyện Kbang");
            assertThat(group(auditor.get("/api/admin/dead-letters").json(), "failing-view").path("letters").asLong())
                    .isZero();
        }
    }

    private static List<String> groups(JsonNode report) {
        return report.path("groups").valueStream().map(g -> g.path("group").asString()).toList();
    }

    private static JsonNode group(JsonNode report, String name) {
        return report.path("groups").valueStream().filter(g -> g.path("group").asString().equals(name))
                .findFirst().orElseThrow();
    }
}
