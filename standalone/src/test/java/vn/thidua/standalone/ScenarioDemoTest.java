package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import vn.thidua.platform.test.TestDatabases;
import vn.thidua.standalone.scenario.DemoScenarios;
import vn.thidua.standalone.scenario.ScenarioRunner;

/**
 * The living demo: the first start plays every shipped scenario up to its {@code demo-until} step through the
 * app's own API, so the views show a plan in its registration phase (seed 000), one between sơ kết and tổng kết
 * (003), proposals waiting at three levels (001) and a quota nearly used (002); a restart finds every step done
 * and writes nothing.
 */
class ScenarioDemoTest {

    @TempDir
    static Path data;

    @Test
    void the_first_start_plays_the_scenarios_to_their_demo_points_and_a_restart_adds_nothing() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabases.h2File(data));
        properties.put("thidua.demo.scenarios", "true");
        long events;
        try (RunningApp app = RunningApp.start(properties)) {
            List<ScenarioRunner.Run> runs = app.bean(DemoScenarios.class).finished().get(5, TimeUnit.MINUTES);
            assertThat(runs).hasSize(6).allSatisfy(run -> assertThat(run.failures()).isEmpty());

            JsonNode daiLoc = app.as("ldld-dai-loc").get("/api/campaigns/dl-2019").json();
            assertThat(daiLoc.path("activeRegistrations").asInt()).isEqualTo(5);
            assertThat(daiLoc.path("reviewsOpened").asInt()).isZero();

            JsonNode loKu = app.as("ubnd-xa-lo-ku").get("/api/campaigns/lo-ku-63-2019").json();
            assertThat(loKu.path("reviewsConcluded").asInt()).isEqualTo(2);
            assertThat(loKu.path("reviewsOpened").asInt()).isEqualTo(2);
            assertThat(loKu.path("campaign").path("status").asString()).isEqualTo("LAUNCHED");

            assertThat(app.as("so-ldtbxh-ha-giang").get("/api/units/so-ldtbxh-ha-giang/inbox").body()).contains("hg-bk-cuc");
            assertThat(app.as("bo-ldtbxh").get("/api/units/bo-ldtbxh/inbox").body()).contains("hg-bk-an");
            assertThat(app.as("trung-uong").get("/api/units/trung-uong/inbox").body()).contains("hg-hcld-binh");
            assertThat(app.as("ubnd-huyen-kbang").get("/api/units/ubnd-huyen-kbang/inbox").body())
                    .contains("de-nghi-cqvh-thcs-2021");

            JsonNode quota = app.as("ldld-lai-chau").get("/api/campaigns/lc-117-2019/quota").json().path("items").get(0);
            assertThat(quota.path("targetKind").asString()).isEqualTo("COLLECTIVE");
            assertThat(quota.path("used").asInt()).isEqualTo(9);
            assertThat(quota.path("limit").asInt()).isEqualTo(10);
            events = app.eventCount();
        }

        try (RunningApp restarted = RunningApp.start(properties)) {
            List<ScenarioRunner.Run> runs = restarted.bean(DemoScenarios.class).finished().get(5, TimeUnit.MINUTES);
            assertThat(runs).allSatisfy(run -> assertThat(run.answers()).allMatch(ScenarioRunner.StepAnswer::replayed));
            assertThat(restarted.eventCount()).isEqualTo(events);
        }
    }
}
