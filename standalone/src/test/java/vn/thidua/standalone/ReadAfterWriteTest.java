package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.platform.test.ApiClient.Answer;
import vn.thidua.platform.test.TestDatabases;

/**
 * A client that reads right after its own write sees it, with no sleep and no retry: each GET waits until the views
 * have passed the event store's head as the GET found it. Many rounds, because a missing wait shows only as a race.
 */
class ReadAfterWriteTest {

    private static final String DISTRICT = "ldld-tam-duong";

    @Test
    void a_read_right_after_a_write_sees_it(@TempDir Path data) {
        try (RunningApp app = RunningApp.start(TestDatabases.h2File(data))) {
            Steps steps = new Steps(app);
            for (int i = 1; i <= 40; i++) {
                String unitId = "cd-doan-ket-" + i;
                steps.unit(DISTRICT, unitId, "Công đoàn cơ sở Đoàn Kết " + i, "COMMUNE", "TRADE_UNION", DISTRICT, null);

                Answer read = app.as(DISTRICT).get("/api/units/" + unitId);
                assertThat(read.status()).as("round " + i + ": " + read).isEqualTo(200);
                assertThat(read.json().path("unit").path("name").asString()).isEqualTo("Công đoàn cơ sở Đoàn Kết " + i);
                assertThat(read.header("Thidua-Views-Behind")).isNull();
            }
        }
    }
}
