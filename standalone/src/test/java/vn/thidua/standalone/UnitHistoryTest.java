package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.command.orgunit.UnitDirectory;
import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.TestDatabases;

/**
 * U2 over HTTP and in the store: after the 2025 reform moves a commune to its province and dissolves the district
 * into the province, today's hierarchy shows the new shape while the route as it stood before is still answerable.
 */
class UnitHistoryTest {

    private static final OrgUnitId LO_KU = new OrgUnitId("ubnd-xa-lo-ku");
    private static final OrgUnitId SCHOOL = new OrgUnitId("thcs-thi-tran");
    private static final OrgUnitId KBANG = new OrgUnitId("ubnd-huyen-kbang");
    private static final OrgUnitId GIA_LAI = new OrgUnitId("ubnd-tinh-gia-lai");
    private static final OrgUnitId NATIONAL = new OrgUnitId("trung-uong");

    @Test
    void U2_reparent_and_merge_keep_the_past_route_answerable(@TempDir Path data) throws Exception {
        try (RunningApp app = RunningApp.start(TestDatabases.h2File(data))) {
            ApiClient province = app.as("ubnd-tinh-gia-lai");
            UnitDirectory directory = app.bean(UnitDirectory.class);
            Instant beforeReform = Instant.now();
            Thread.sleep(5);

            assertThat(province.post("/api/units/ubnd-xa-lo-ku/reparent", "{\"parentId\":\"ubnd-tinh-gia-lai\"}").status()).isEqualTo(200);
            Instant betweenSteps = Instant.now();
            Thread.sleep(5);
            assertThat(province.post("/api/units/ubnd-huyen-kbang/merge", "{\"survivorId\":\"ubnd-tinh-gia-lai\"}").status()).isEqualTo(200);

            assertThat(directory.ancestorsAt(LO_KU, beforeReform)).containsExactly(KBANG, GIA_LAI, NATIONAL);
            assertThat(directory.ancestorsAt(LO_KU, Instant.now())).containsExactly(GIA_LAI, NATIONAL);
            assertThat(directory.ancestorsAt(SCHOOL, betweenSteps)).containsExactly(KBANG, GIA_LAI, NATIONAL);
            assertThat(directory.ancestorsAt(SCHOOL, Instant.now())).containsExactly(GIA_LAI, NATIONAL);
            assertThat(directory.find(SCHOOL).orElseThrow().parentId()).isEqualTo(GIA_LAI);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                var school = province.get("/api/units/thcs-thi-tran").json();
                assertThat(school.path("unit").path("parentId").asString()).isEqualTo("ubnd-tinh-gia-lai");
                assertThat(province.get("/api/units/ubnd-huyen-kbang").json().path("unit").path("mergedInto").asString())
                        .isEqualTo("ubnd-tinh-gia-lai");
            });
            assertThat(province.post("/api/units/ubnd-huyen-kbang/rename", "{\"name\":\"X\"}").rule()).isEqualTo("U2");
        }
    }
}
