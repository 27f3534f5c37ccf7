package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.TestDatabases;

/**
 * A view rebuilt from the event store equals the live one. This also guards the Jackson 3 serializer's replay
 * token (AxonFramework #4160): without the workaround the processor stops in error after the reset.
 */
class ProcessorReplayTest {

    @Test
    void units_view_rebuilt_by_replay_equals_the_live_view(@TempDir Path data) {
        try (RunningApp app = RunningApp.start(TestDatabases.h2File(data))) {
            ApiClient national = app.as("trung-uong");
            ApiClient province = app.as("ubnd-tinh-gia-lai");
            assertThat(province.post("/api/units/ubnd-xa-lo-ku/reparent", "{\"parentId\":\"ubnd-tinh-gia-lai\"}").status()).isEqualTo(200);
            assertThat(province.post("/api/units/ubnd-huyen-kbang/rename", "{\"name\":\"Huyện Kbang (cũ)\"}").status()).isEqualTo(200);
            String live = await().atMost(Duration.ofSeconds(20)).until(() -> national.get("/api/units?size=500").body(),
                    body -> body.contains("Huyện Kbang (cũ)") && body.contains("\"ubnd-xa-lo-ku\",\"name\":\"Ủy ban nhân dân xã Lơ Ku\",\"abbreviation\":\"UBND\",\"level\":\"COMMUNE\",\"kind\":\"PEOPLES_COMMITTEE\",\"parentId\":\"ubnd-tinh-gia-lai\""));

            StreamingEventProcessor units = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor("units", StreamingEventProcessor.class).orElseThrow();
            units.shutDown();
            units.resetTokens();
            assertThat(app.bean(JdbcTemplate.class).queryForObject("select count(*) from q_unit", Long.class)).isZero();
            units.start();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(units.isError()).isFalse();
                assertThat(units.isReplaying()).isFalse();
                assertThat(national.get("/api/units?size=500").body()).isEqualTo(live);
            });
        }
    }
}
