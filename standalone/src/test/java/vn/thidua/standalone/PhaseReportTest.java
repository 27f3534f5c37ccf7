package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;
import static vn.thidua.standalone.Steps.individual;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.platform.test.ApiClient.Answer;
import vn.thidua.platform.test.ApiClient.Download;
import vn.thidua.query.report.PhaseReportFiles;
import vn.thidua.query.report.PhaseReports;

/**
 * The phase report of seed 001 (Sở LĐTBXH Hà Giang 2022–2025, sơ kết 2023, tổng kết 2025) with the cascade of its two
 * district offices, built through the API and replayed from the event store: the figures against hand-counted
 * expectations, byte-identical reruns in JSON, CSV and XLSX, an "as of" report unmoved by later events, the command
 * line, and the refusals. The walk runs on dates of its own (the events' clock is moved, the deadline scheduler
 * waits until the walk is done), so the days each proposal spent at a level, and how late it was, are the same
 * whenever the test runs.
 */
class PhaseReportTest extends OneAppTest {

    private static final String ANALYST = "phan-tich-bo-ldtbxh";
    private static final String XLSX = PhaseReportFiles.Format.XLSX.mediaType();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Clock REAL_CLOCK = GenericEventMessage.clock;
    private static final Instant HIERARCHY_CREATED = Instant.parse("2025-10-01T01:00:00Z");
    /** Monday 3 November 2025, 08:00 in Hà Nội: the walk begins. */
    private static final Instant WALK_BEGINS = Instant.parse("2025-11-03T01:00:00Z");
    /** Saturday 13 December 2025, 08:00: 40 days later the Sở forwards Cúc's resubmitted dossier and goes on. */
    private static final Instant FORTY_DAYS_LATER = Instant.parse("2025-12-13T01:00:00Z");
    /** Monday 26 January 2026, 08:00: the report is made; Bình's Labour Order still waits at the Sở. */
    private static final Instant REPORT_DAY = Instant.parse("2026-01-26T01:00:00Z");

    private Instant cutOff;
    private String revokedGrant;
    private Map<String, Object> storeProperties;

    /**
     * Called just before the app starts, which creates the demo hierarchy: its units then exist before the walk, as
     * they would. The scheduler stays off during the walk: every time limit of these past dates is over in real time.
     */
    @Override
    TestStore store(Path data) {
        clockAt(HIERARCHY_CREATED);
        TestStore store = super.store(data);
        storeProperties = store.properties();
        return store.with("spring.quartz.auto-startup", "false");
    }

    @BeforeAll
    void seed001() throws Exception {
        buildSeed001WithItsCascade();
    }

    @AfterAll
    void realTimeAgain() {
        GenericEventMessage.clock = REAL_CLOCK;
    }

    /** The events from now on are stamped from {@code instant} on, the clock ticking as usual. */
    private static void clockAt(Instant instant) {
        GenericEventMessage.clock = Clock.offset(REAL_CLOCK, Duration.between(REAL_CLOCK.instant(), instant));
    }

    /**
     * Sở: 2 collective registrations; sơ kết 2023 rates them COMPLETED and GOOD, no nominee; tổng kết 2025 rates them
     * GOOD and EXCELLENT and names both for its Giấy khen, which it decides itself and then revokes for Bắc Quang.
     * Vị Xuyên: 3 individuals, all EXCELLENT, 3 proposals: An approved by the ministry, Cúc returned, resubmitted,
     * forwarded and rejected by the ministry, Bình (Labour Order) left pending at the Sở. Bắc Quang: 2 individuals,
     * one withdrawn, its final review open with one GOOD rating. The ministry's own plan and Lai Châu's are outside.
     * All on 3 November 2025 except: the Sở forwards Cúc's resubmission 40 days later (13 December), past its 25
     * working days, and the rest follows that day; Bình, proposed then, is still at the Sở on 26 January 2026, past
     * its due date, when the scheduler marks it overdue and the cut-off is taken.
     */
    private void buildSeed001WithItsCascade() throws Exception {
        clockAt(WALK_BEGINS);
        steps.launch("bo-ldtbxh", "bo-672", "bo-ldtbxh", "672/QĐ-LĐTBXH", null, 2021, 2025, """
                [{"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "INDIVIDUAL", "quota": {"limit": 50}},
                 {"awardType": "LABOUR_ORDER_3", "targetKind": "INDIVIDUAL"}]""");
        steps.launch("so-ldtbxh-ha-giang", "so-hg-2022", "so-ldtbxh-ha-giang", "15/KH-SLĐTBXH", "bo-672", 2022, 2025, """
                [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "COLLECTIVE", "quota": {"limit": 10}},
                 {"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "INDIVIDUAL"},
                 {"awardType": "LABOUR_ORDER_3", "targetKind": "INDIVIDUAL"}]""");
        steps.launch("phong-ldtbxh-vi-xuyen", "vx-2022", "phong-ldtbxh-vi-xuyen", "03/KH-LĐTBXH", "so-hg-2022", 2022, 2025, """
                [{"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "INDIVIDUAL"},
                 {"awardType": "LABOUR_ORDER_3", "targetKind": "INDIVIDUAL"}]""");
        steps.launch("phong-ldtbxh-bac-quang", "bq-2022", "phong-ldtbxh-bac-quang", "05/KH-LĐTBXH", "so-hg-2022", 2022, 2025, """
                [{"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "INDIVIDUAL"}]""");
        steps.launch("ldld-lai-chau", "lc-2019", "ldld-lai-chau", "12/KH-LĐLĐ", null, 2019, 2025, """
                [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "INDIVIDUAL"}]""");

        steps.register("so-ldtbxh-ha-giang", "so-hg-2022", "dk-vi-xuyen", Steps.collective("phong-ldtbxh-vi-xuyen"));
        steps.register("so-ldtbxh-ha-giang", "so-hg-2022", "dk-bac-quang", Steps.collective("phong-ldtbxh-bac-quang"));
        steps.viXuyenCadres();
        steps.person("phong-ldtbxh-bac-quang", "bq-nguyen-van-dung", "Nguyễn Văn Dũng", "phong-ldtbxh-bac-quang");
        steps.person("phong-ldtbxh-bac-quang", "bq-tran-thi-em", "Trần Thị Em", "phong-ldtbxh-bac-quang");
        steps.register("phong-ldtbxh-vi-xuyen", "vx-2022", "dk-an", individual("vx-hoang-van-an"));
        steps.register("phong-ldtbxh-vi-xuyen", "vx-2022", "dk-binh", individual("vx-le-thi-binh"));
        steps.register("phong-ldtbxh-vi-xuyen", "vx-2022", "dk-cuc", individual("vx-vang-thi-cuc"));
        steps.register("phong-ldtbxh-bac-quang", "bq-2022", "dk-dung", individual("bq-nguyen-van-dung"));
        steps.register("phong-ldtbxh-bac-quang", "bq-2022", "dk-em", individual("bq-tran-thi-em"));

        post("so-ldtbxh-ha-giang", "/api/campaigns/so-hg-2022/reviews",
                "{\"reviewId\": \"sk-2023\", \"kind\": \"PRELIMINARY\", \"year\": 2023}", 201);
        evaluate("so-ldtbxh-ha-giang", "so-hg-2022", "sk-2023", "dk-vi-xuyen", "GOOD");
        evaluate("so-ldtbxh-ha-giang", "so-hg-2022", "sk-2023", "dk-bac-quang", "COMPLETED");
        post("so-ldtbxh-ha-giang", "/api/campaigns/so-hg-2022/reviews/sk-2023/conclude", "{\"nominees\": []}", 200);

        post("phong-ldtbxh-bac-quang", "/api/campaigns/bq-2022/registrations/dk-em/withdraw",
                "{\"reason\": \"Chuyển công tác\"}", 200);
        post("phong-ldtbxh-bac-quang", "/api/campaigns/bq-2022/reviews",
                "{\"reviewId\": \"tk-2025\", \"kind\": \"FINAL\", \"year\": 2025}", 201);
        evaluate("phong-ldtbxh-bac-quang", "bq-2022", "tk-2025", "dk-dung", "GOOD");

        post("phong-ldtbxh-vi-xuyen", "/api/campaigns/vx-2022/reviews",
                "{\"reviewId\": \"tk-2025\", \"kind\": \"FINAL\", \"year\": 2025}", 201);
        for (String registration : List.of("dk-an", "dk-binh", "dk-cuc")) {
            evaluate("phong-ldtbxh-vi-xuyen", "vx-2022", "tk-2025", registration, "EXCELLENT");
        }
        post("phong-ldtbxh-vi-xuyen", "/api/campaigns/vx-2022/reviews/tk-2025/conclude", """
                {"nominees": [{"registrationId": "dk-an", "awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION"},
                              {"registrationId": "dk-cuc", "awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION"},
                              {"registrationId": "dk-binh", "awardType": "LABOUR_ORDER_3"}]}""", 200);

        expect(201, steps.propose("phong-ldtbxh-vi-xuyen", "p-bk-an", "vx-2022", "tk-2025", "dk-an",
                "MINISTERIAL_OR_PROVINCIAL_COMMENDATION"));
        expect(200, steps.forward("so-ldtbxh-ha-giang", "p-bk-an"));
        expect(200, steps.approve("bo-ldtbxh", "p-bk-an", "qd-bo-2025-1"));

        expect(201, steps.propose("phong-ldtbxh-vi-xuyen", "p-bk-cuc", "vx-2022", "tk-2025", "dk-cuc",
                "MINISTERIAL_OR_PROVINCIAL_COMMENDATION"));
        post("so-ldtbxh-ha-giang", "/api/proposals/p-bk-cuc/return",
                "{\"reason\": \"Thiếu xác nhận\", \"missingItems\": [\"Báo cáo thành tích có xác nhận\"]}", 200);
        post("phong-ldtbxh-vi-xuyen", "/api/proposals/p-bk-cuc/resubmit",
                "{\"dossier\": " + Steps.DOSSIER + ", \"remarks\": \"Đã bổ sung\"}", 200);
        clockAt(FORTY_DAYS_LATER);
        expect(200, steps.forward("so-ldtbxh-ha-giang", "p-bk-cuc"));
        post("bo-ldtbxh", "/api/proposals/p-bk-cuc/reject", "{\"reason\": \"Chưa đủ tiêu chuẩn\"}", 200);

        expect(201, steps.propose("phong-ldtbxh-vi-xuyen", "p-hcld-binh", "vx-2022", "tk-2025", "dk-binh", "LABOUR_ORDER_3"));

        post("so-ldtbxh-ha-giang", "/api/campaigns/so-hg-2022/reviews",
                "{\"reviewId\": \"tk-2025\", \"kind\": \"FINAL\", \"year\": 2025}", 201);
        evaluate("so-ldtbxh-ha-giang", "so-hg-2022", "tk-2025", "dk-vi-xuyen", "GOOD");
        evaluate("so-ldtbxh-ha-giang", "so-hg-2022", "tk-2025", "dk-bac-quang", "EXCELLENT");
        post("so-ldtbxh-ha-giang", "/api/campaigns/so-hg-2022/reviews/tk-2025/conclude", """
                {"nominees": [{"registrationId": "dk-vi-xuyen", "awardType": "CERTIFICATE_OF_MERIT"},
                              {"registrationId": "dk-bac-quang", "awardType": "CERTIFICATE_OF_MERIT"}]}""", 200);
        Answer decision = expect(201, steps.decide("so-ldtbxh-ha-giang", "qd-so-2025-1", "so-hg-2022", "tk-2025",
                "CERTIFICATE_OF_MERIT", List.of("dk-vi-xuyen", "dk-bac-quang")));
        decision.json().path("grants").forEach(grant -> {
            if ("phong-ldtbxh-bac-quang".equals(grant.path("participant").path("unitId").asString())) {
                revokedGrant = grant.path("grantId").asString();
            }
        });
        post("so-ldtbxh-ha-giang", "/api/decisions/qd-so-2025-1/grants/" + revokedGrant + "/revoke",
                "{\"reason\": \"Phát hiện sai phạm sau khen thưởng\"}", 200);

        clockAt(REPORT_DAY);
        app.commandSideBean(Scheduler.class).start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(app.as("so-ldtbxh-ha-giang").get("/api/units/so-ldtbxh-ha-giang/overdue").body())
                        .contains("p-hcld-binh"));
        cutOff = pause();
    }

    @Test
    @Order(1)
    void the_report_of_the_plan_and_its_cascade_has_the_hand_counted_figures() {
        JsonNode report = json(report("{\"campaignId\": \"so-hg-2022\"}", "application/json"));

        assertThat(texts(report.path("cascade"), n -> n.path("campaignId").asString() + "@" + n.path("depth").asInt()
                + " " + n.path("issuerLevel").asString())).containsExactly(
                "so-hg-2022@0 PROVINCE", "bq-2022@1 DISTRICT", "vx-2022@1 DISTRICT");
        assertThat(texts(report.path("participation"), n -> n.path("level").asString() + " plans="
                + n.path("plans").asLong() + " units=" + n.path("units").asLong() + " collective="
                + n.path("registeredCollective").asLong() + " individual=" + n.path("registeredIndividual").asLong()))
                .containsExactly("DISTRICT plans=2 units=2 collective=0 individual=5",
                        "PROVINCE plans=1 units=1 collective=2 individual=0");

        JsonNode total = report.path("total");
        assertThat(texts(total.path("registrations"), n -> n.path("kind").asString() + " "
                + n.path("registered").asLong() + "-" + n.path("withdrawn").asLong()))
                .containsExactly("COLLECTIVE 2-0", "INDIVIDUAL 5-1");
        assertThat(texts(total.path("reviews"), PhaseReportTest::review)).containsExactly(
                "bq-2022/tk-2025 open NOT_COMPLETED=0 COMPLETED=0 GOOD=1 EXCELLENT=0 nominees=",
                "so-hg-2022/sk-2023 concluded NOT_COMPLETED=0 COMPLETED=1 GOOD=1 EXCELLENT=0 nominees=",
                "so-hg-2022/tk-2025 concluded NOT_COMPLETED=0 COMPLETED=0 GOOD=1 EXCELLENT=1"
                        + " nominees=dk-bac-quang:CERTIFICATE_OF_MERIT,dk-vi-xuyen:CERTIFICATE_OF_MERIT,",
                "vx-2022/tk-2025 concluded NOT_COMPLETED=0 COMPLETED=0 GOOD=0 EXCELLENT=3 nominees=dk-an:"
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION,dk-binh:LABOUR_ORDER_3,dk-cuc:"
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION,");

        JsonNode proposals = total.path("proposals");
        assertThat(List.of(proposals.path("submitted").asLong(), proposals.path("pending").asLong(),
                proposals.path("returned").asLong(), proposals.path("approved").asLong(),
                proposals.path("rejected").asLong(), proposals.path("withdrawn").asLong()))
                .containsExactly(3L, 1L, 0L, 1L, 1L, 0L);
        assertThat(proposals.path("approvalRate").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(texts(proposals.path("byTypeAndOutcome"), n -> n.path("awardType").asString() + " "
                + n.path("outcome").asString() + " " + n.path("count").asLong())).containsExactly(
                "LABOUR_ORDER_3 PENDING 1",
                "MINISTERIAL_OR_PROVINCIAL_COMMENDATION APPROVED 1",
                "MINISTERIAL_OR_PROVINCIAL_COMMENDATION REJECTED 1");
        // stays that ended: at the Sở An's forward and Cúc's return (seconds) and Cúc's forward (40 days); at Vị
        // Xuyên Cúc's resubmission; at the ministry An's approval and Cúc's rejection (seconds). Median of 3 is the
        // middle one; the 95th percentile by nearest rank is the 3rd of 3.
        assertThat(texts(total.path("daysPerLevel"), n -> n.path("level").asString() + " " + n.path("stays").asLong()
                + " " + n.path("medianDays").decimalValue().toPlainString() + " "
                + n.path("p95Days").decimalValue().toPlainString()))
                .containsExactly("DISTRICT 1 0.0 0.0", "MINISTRY 2 0.0 0.0", "PROVINCE 3 0.0 40.0");
        // Cúc arrived back at the Sở (PROVINCE, 25 working days) on Mon 3 Nov 2025: days 4-7, 10-14, 17-21, 24-28 Nov
        // and 1-5, 8 Dec are the 25, so due at the end of 8 Dec (17:00 UTC); forwarded 13 Dec 01:00 UTC, 4 days 8 h
        // late. Bình arrived on Sat 13 Dec: 15-19, 22-26, 29-31 Dec, 2 Jan (1 Jan a holiday), 5-9, 12-16, 19 Jan, due
        // at the end of 19 Jan 2026; still there, without a cut-off its lateness is the scheduler's mark, no figure.
        assertThat(texts(total.path("overdue"), PhaseReportTest::overdue)).containsExactly(
                "vx-2022 p-bk-cuc MINISTERIAL_OR_PROVINCIAL_COMMENDATION so-ldtbxh-ha-giang PROVINCE"
                        + " due 2025-12-08T17:00:00Z ended 2025-12-13 late 4.3",
                "vx-2022 p-hcld-binh LABOUR_ORDER_3 so-ldtbxh-ha-giang PROVINCE due 2026-01-19T17:00:00Z ended - late -");
        assertThat(texts(total.path("quota"), n -> n.path("campaignId").asString() + " " + n.path("awardType").asString()
                + " " + n.path("targetKind").asString() + " " + n.path("used").asLong() + "/" + n.path("allowed").asLong()))
                .containsExactly("so-hg-2022 CERTIFICATE_OF_MERIT COLLECTIVE 1/10");
        assertThat(texts(total.path("awards"), n -> n.path("awardType").asString() + " " + n.path("level").asString()
                + " " + n.path("granted").asLong() + "-" + n.path("revoked").asLong() + "=" + n.path("standing").asLong()))
                .containsExactly("CERTIFICATE_OF_MERIT PROVINCE 2-1=1", "MINISTERIAL_OR_PROVINCIAL_COMMENDATION MINISTRY 1-0=1");
        assertThat(texts(total.path("revocations"), n -> n.path("campaignId").asString() + " "
                + n.path("decisionNumber").asString() + " " + n.path("grantId").asString() + " " + n.path("reason").asString()))
                .containsExactly("so-hg-2022 1/QĐ-SLĐTBXH " + revokedGrant + " Phát hiện sai phạm sau khen thưởng");

        JsonNode districtOffice = report.path("cascade").get(2).path("figures");
        assertThat(districtOffice.path("proposals").path("submitted").asLong()).isEqualTo(3);
        assertThat(districtOffice.path("overdue")).isEqualTo(total.path("overdue"));
        assertThat(texts(districtOffice.path("awards"), n -> n.path("awardType").asString() + " " + n.path("granted").asLong()))
                .containsExactly("MINISTERIAL_OR_PROVINCIAL_COMMENDATION 1");
        JsonNode otherOffice = report.path("cascade").get(1).path("figures");
        assertThat(texts(otherOffice.path("registrations"), n -> n.path("kind").asString() + " "
                + n.path("registered").asLong() + "-" + n.path("withdrawn").asLong()))
                .containsExactly("COLLECTIVE 0-0", "INDIVIDUAL 2-1");
        assertThat(otherOffice.path("proposals").path("submitted").asLong()).isZero();
        assertThat(otherOffice.path("proposals").path("approvalRate").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void up_to_a_review_the_report_stops_at_its_conclusion() {
        JsonNode report = json(report("{\"campaignId\": \"so-hg-2022\", \"reviewId\": \"sk-2023\"}", "application/json"));

        assertThat(report.path("parameters").path("reviewConcludedAt").isNull()).isFalse();
        assertThat(report.path("parameters").path("windowEnd").asString())
                .isEqualTo(report.path("parameters").path("reviewConcludedAt").asString());
        JsonNode total = report.path("total");
        assertThat(texts(total.path("registrations"), n -> n.path("kind").asString() + " "
                + n.path("registered").asLong() + "-" + n.path("withdrawn").asLong()))
                .containsExactly("COLLECTIVE 2-0", "INDIVIDUAL 5-0");
        assertThat(texts(total.path("reviews"), PhaseReportTest::review)).containsExactly(
                "so-hg-2022/sk-2023 concluded NOT_COMPLETED=0 COMPLETED=1 GOOD=1 EXCELLENT=0 nominees=");
        assertThat(total.path("proposals").path("submitted").asLong()).isZero();
        assertThat(total.path("awards").size()).isZero();
        assertThat(total.path("quota").get(0).path("used").asLong()).isZero();
    }

    @Test
    @Order(3)
    void a_period_counts_only_the_events_of_its_days_on_the_cascade_known_at_its_end() {
        LocalDate walkBegins = LocalDate.of(2025, 11, 3);
        LocalDate reportDay = LocalDate.of(2026, 1, 26);
        JsonNode dayAfter = period(reportDay.plusDays(1), reportDay.plusDays(1));
        assertThat(dayAfter.path("cascade").size()).isEqualTo(3);
        assertThat(dayAfter.path("total").path("proposals").path("submitted").asLong()).isZero();
        assertThat(dayAfter.path("total").path("reviews").size()).isZero();
        assertThat(dayAfter.path("total").path("quota").get(0).path("used").asLong()).isEqualTo(1);

        JsonNode firstDay = period(walkBegins, walkBegins);
        assertThat(firstDay.path("total").path("proposals").path("submitted").asLong()).isEqualTo(2);
        assertThat(firstDay.path("total").path("overdue").size()).as("Cúc's late stay ended on 13 Dec").isZero();

        // Bình is still at the Sở at the period's end, 26 Jan 23:59:59 in Hà Nội: 7 days less a nanosecond late
        JsonNode fortyDaysOn = period(LocalDate.of(2025, 12, 13), reportDay);
        assertThat(fortyDaysOn.path("total").path("proposals").path("submitted").asLong()).isEqualTo(1);
        assertThat(texts(fortyDaysOn.path("total").path("overdue"), PhaseReportTest::overdue)).containsExactly(
                "vx-2022 p-bk-cuc MINISTERIAL_OR_PROVINCIAL_COMMENDATION so-ldtbxh-ha-giang PROVINCE"
                        + " due 2025-12-08T17:00:00Z ended 2025-12-13 late 4.3",
                "vx-2022 p-hcld-binh LABOUR_ORDER_3 so-ldtbxh-ha-giang PROVINCE due 2026-01-19T17:00:00Z ended - late 7.0");

        JsonNode dayBefore = json(report("{\"campaignId\": \"so-hg-2022\", \"to\": \"" + walkBegins.minusDays(1) + "\"}",
                "application/json"));
        assertThat(dayBefore.path("cascade").size()).isZero();
    }

    @Test
    @Order(4)
    void as_of_the_cut_off_a_stay_still_pending_is_late_until_it() {
        JsonNode asOf = json(report("{\"campaignId\": \"so-hg-2022\", \"asOf\": \"" + cutOff + "\"}", "application/json"));
        // the cut-off is taken on 26 Jan 2026 a few seconds after 01:00 UTC: 6 days 8 h after Bình's due date
        assertThat(cutOff).isBetween(REPORT_DAY, REPORT_DAY.plus(Duration.ofMinutes(30)));
        assertThat(texts(asOf.path("total").path("overdue"), PhaseReportTest::overdue)).containsExactly(
                "vx-2022 p-bk-cuc MINISTERIAL_OR_PROVINCIAL_COMMENDATION so-ldtbxh-ha-giang PROVINCE"
                        + " due 2025-12-08T17:00:00Z ended 2025-12-13 late 4.3",
                "vx-2022 p-hcld-binh LABOUR_ORDER_3 so-ldtbxh-ha-giang PROVINCE due 2026-01-19T17:00:00Z ended - late 6.3");
    }

    private JsonNode period(LocalDate from, LocalDate to) {
        return json(report("{\"campaignId\": \"so-hg-2022\", \"from\": \"" + from + "\", \"to\": \"" + to + "\"}",
                "application/json"));
    }

    @Test
    @Order(5)
    void two_runs_give_the_same_bytes_in_every_format() throws Exception {
        for (String body : List.of("{\"campaignId\": \"so-hg-2022\"}",
                "{\"campaignId\": \"so-hg-2022\", \"asOf\": \"" + cutOff + "\"}")) {
            for (String accept : List.of("application/json", "text/csv", XLSX)) {
                byte[] first = report(body, accept);
                byte[] second = report(body, accept);
                assertThat(second).as(body + " " + accept).isEqualTo(first);
            }
        }
        byte[] csv = report("{\"campaignId\": \"so-hg-2022\"}", "text/csv");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFsection,name,value\r\nparameters,campaignId,so-hg-2022\r\n");
        assertThat(text).contains("\r\nproposals,*,3,1,0,1,1,0,50.0\r\n");
        assertThat(text).contains("\r\nawards,*,CERTIFICATE_OF_MERIT,PROVINCE,2,1,1\r\n");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report("{\"campaignId\": \"so-hg-2022\"}", XLSX)))) {
            Sheet proposals = workbook.getSheet("proposals");
            int last = proposals.getLastRowNum();
            assertThat(proposals.getRow(last).getCell(0).getStringCellValue()).isEqualTo("*");
            assertThat(proposals.getRow(last).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(proposals.getRow(last).getCell(7).getNumericCellValue()).isEqualTo(50.0);
            assertThat(workbook.getSheet("cascade").getRow(3).getCell(0).getStringCellValue()).isEqualTo("vx-2022");
        }
    }

    @Test
    @Order(6)
    void events_after_the_cut_off_do_not_change_a_report_as_of_it() {
        String asOf = "{\"campaignId\": \"so-hg-2022\", \"asOf\": \"" + cutOff + "\"}";
        List<byte[]> before = new ArrayList<>();
        for (String accept : List.of("application/json", "text/csv", XLSX)) {
            before.add(report(asOf, accept));
        }

        expect(200, steps.forward("so-ldtbxh-ha-giang", "p-hcld-binh"));
        steps.launch("phong-ldtbxh-bac-quang", "bq-2024", "phong-ldtbxh-bac-quang", "09/KH-LĐTBXH", "so-hg-2022",
                2024, 2025, "[{\"awardType\": \"MINISTERIAL_OR_PROVINCIAL_COMMENDATION\", \"targetKind\": \"INDIVIDUAL\"}]");

        List<String> accepts = List.of("application/json", "text/csv", XLSX);
        for (int i = 0; i < accepts.size(); i++) {
            assertThat(report(asOf, accepts.get(i))).as(accepts.get(i)).isEqualTo(before.get(i));
        }
        JsonNode now = json(report("{\"campaignId\": \"so-hg-2022\"}", "application/json"));
        assertThat(now.path("cascade").size()).isEqualTo(4);
        // Bình's 44 days at the Sở ended: [seconds, seconds, 40 days, 44 days], the median the mean of the middle two
        assertThat(texts(now.path("total").path("daysPerLevel"), n -> n.path("level").asString() + " "
                + n.path("stays").asLong() + " " + n.path("medianDays").decimalValue().toPlainString() + " "
                + n.path("p95Days").decimalValue().toPlainString()))
                .containsExactly("DISTRICT 1 0.0 0.0", "MINISTRY 2 0.0 0.0", "PROVINCE 4 20.0 44.0");
        assertThat(texts(now.path("total").path("overdue"), PhaseReportTest::overdue)).containsExactly(
                "vx-2022 p-bk-cuc MINISTERIAL_OR_PROVINCIAL_COMMENDATION so-ldtbxh-ha-giang PROVINCE"
                        + " due 2025-12-08T17:00:00Z ended 2025-12-13 late 4.3",
                "vx-2022 p-hcld-binh LABOUR_ORDER_3 so-ldtbxh-ha-giang PROVINCE due 2026-01-19T17:00:00Z ended 2026-01-26"
                        + " late 6.3");
    }

    @Test
    @Order(7)
    void the_command_line_writes_the_same_report_and_refuses_with_status_2() {
        byte[] overHttp = report("{\"campaignId\": \"so-hg-2022\", \"asOf\": \"" + cutOff + "\"}", "text/csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReportCommand.execute(app.querySideBean(PhaseReports.class), app.querySideBean(PhaseReportFiles.class),
                ReportCommand.parse(new String[] {"--campaign", "so-hg-2022", "--as-of", cutOff.toString(), "--format", "csv"}),
                out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toByteArray()).isEqualTo(overHttp);

        out.reset();
        status = ReportCommand.execute(app.querySideBean(PhaseReports.class), app.querySideBean(PhaseReportFiles.class),
                ReportCommand.parse(new String[] {"--campaign", "khong-co"}), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("C1: no campaign khong-co");
        assertThat(out.size()).isZero();
    }

    @Test
    @Order(8)
    void only_analysts_and_auditors_report_on_plans_in_their_scope() {
        Answer officer = app.as("so-ldtbxh-ha-giang").post("/api/reports/phase", "{\"campaignId\": \"so-hg-2022\"}");
        assertThat(officer.status()).as(officer.toString()).isEqualTo(403);
        assertThat(officer.rule()).isEqualTo("ROLE");

        Answer outside = app.as(ANALYST).post("/api/reports/phase", "{\"campaignId\": \"lc-2019\"}");
        assertThat(outside.status()).as(outside.toString()).isEqualTo(403);
        assertThat(outside.rule()).isEqualTo("SCOPE");

        Answer auditor = app.as("kiem-tra-trung-uong").post("/api/reports/phase", "{\"campaignId\": \"lc-2019\"}");
        assertThat(auditor.status()).as(auditor.toString()).isEqualTo(202);
        Answer othersJob = app.as(ANALYST).get(auditor.header("Location"));
        assertThat(othersJob.status()).isEqualTo(404);
        assertThat(othersJob.rule()).isEqualTo("REPORT");
    }

    @Test
    @Order(9)
    void a_request_that_cannot_be_reported_is_refused_when_posted() {
        assertRefused("{\"campaignId\": \"khong-co\"}", 404, "C1");
        assertRefused("{\"campaignId\": \"so-hg-2022\", \"from\": \"2025-02-01\", \"to\": \"2025-01-01\"}", 400, "REPORT");
        assertRefused("{\"campaignId\": \"so-hg-2022\", \"to\": \"2025-01-01\", \"reviewId\": \"tk-2025\"}", 400, "REPORT");
        assertRefused("{\"campaignId\": \"so-hg-2022\", \"reviewId\": \"sk-2099\"}", 400, "REPORT");
        assertRefused("{\"campaignId\": \"so-hg-2022\", \"asOf\": \"2000-01-01T00:00:00Z\"}", 400, "REPORT");
        assertRefused("{\"campaignId\": \"so-hg-2022\", \"from\": \"hôm qua\"}", 400, "REQUEST");
        Answer unknownJob = app.as(ANALYST).get("/api/reports/phase/khong-co");
        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(unknownJob.rule()).isEqualTo("REPORT");
    }

    /**
     * The analyst's way: {@code report ...} in a JVM of its own on the store this app wrote, each format byte for
     * byte what the API gives for the same request; a bad argument is refused in words, with status 2 and the
     * usage, no stack trace. The embedded H2 file admits one process, so the app is stopped first: this test is the
     * last of the class.
     */
    @Test
    @Order(10)
    void the_command_line_in_a_jvm_of_its_own_writes_what_the_api_gives(@TempDir Path files) throws Exception {
        String body = "{\"campaignId\": \"so-hg-2022\", \"asOf\": \"" + cutOff + "\"}";
        Map<PhaseReportFiles.Format, byte[]> overHttp = new EnumMap<>(PhaseReportFiles.Format.class);
        for (PhaseReportFiles.Format format : PhaseReportFiles.Format.values()) {
            overHttp.put(format, report(body, format.mediaType()));
        }
        if (!split()) {
            app.close();
        }

        for (PhaseReportFiles.Format format : PhaseReportFiles.Format.values()) {
            String name = format.name().toLowerCase(Locale.ROOT);
            Path file = files.resolve("report." + name);
            ReportCommandProcess.Outcome run = ReportCommandProcess.run(List.of(), storeProperties, Duration.ofMinutes(3),
                    files, "--campaign", "so-hg-2022", "--as-of", cutOff.toString(), "--format", name, "--out",
                    file.toString());
            assertThat(run.status()).as(run.stderr()).isZero();
            assertThat(Files.readAllBytes(file)).as(name).isEqualTo(overHttp.get(format));
        }

        ReportCommandProcess.Outcome refused = ReportCommandProcess.run(List.of(), storeProperties, Duration.ofMinutes(1),
                files, "--campaign", "so-hg-2022", "--as-of", "yesterday");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.stderr()).contains("--as-of is not valid: yesterday").contains("usage: report --campaign")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    private void assertRefused(String body, int status, String rule) {
        Answer answer = app.as(ANALYST).post("/api/reports/phase", body);
        assertThat(answer.status()).as(body + " -> " + answer).isEqualTo(status);
        assertThat(answer.rule()).as(body).isEqualTo(rule);
    }

    /** Starts a report as the analyst and waits for it; 202 with the progress until it is done. */
    private byte[] report(String body, String accept) {
        Answer started = app.as(ANALYST).post("/api/reports/phase", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("status").asString()).isIn("RUNNING", "DONE");
        String location = started.header("Location");
        assertThat(location).startsWith("/api/reports/phase/");
        AtomicReference<Download> done = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            Download download = app.as(ANALYST).download(location, accept);
            if (download.status() == 202) {
                JsonNode progress = JSON.readTree(download.body());
                assertThat(progress.path("eventsRead").asLong()).isLessThanOrEqualTo(progress.path("eventsTotal").asLong());
            }
            assertThat(download.status()).as(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            done.set(download);
        });
        return done.get().body();
    }

    private void post(String user, String path, String body, int status) {
        expect(status, app.as(user).post(path, body));
    }

    private void evaluate(String user, String campaignId, String reviewId, String registrationId, String rating) {
        post(user, "/api/campaigns/" + campaignId + "/reviews/" + reviewId + "/evaluations",
                "{\"registrationId\": \"" + registrationId + "\", \"rating\": \"" + rating + "\"}", 200);
    }

    /** An instant strictly between the events before it and those after it, on the events' clock. */
    private static Instant pause() {
        try {
            Thread.sleep(20);
            Instant at = GenericEventMessage.clock.instant();
            Thread.sleep(20);
            return at;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(byte[] body) {
        return JSON.readTree(body);
    }

    private static String review(JsonNode n) {
        StringBuilder line = new StringBuilder(n.path("campaignId").asString() + "/" + n.path("reviewId").asString()
                + (n.path("concluded").asBoolean() ? " concluded" : " open"));
        n.path("ratings").forEach(r -> line.append(' ').append(r.path("rating").asString()).append('=')
                .append(r.path("count").asLong()));
        line.append(" nominees=");
        n.path("nominees").forEach(m -> line.append(m.path("registrationId").asString()).append(':')
                .append(m.path("awardType").asString()).append(','));
        return line.toString();
    }

    private static String overdue(JsonNode n) {
        String ended = n.path("endedAt").isNull() ? "-" : n.path("endedAt").asString().substring(0, 10);
        String late = n.path("daysLate").isNull() ? "-" : n.path("daysLate").decimalValue().toPlainString();
        return n.path("campaignId").asString() + " " + n.path("proposalId").asString() + " " + n.path("awardType").asString()
                + " " + n.path("unitId").asString() + " " + n.path("level").asString() + " due " + n.path("dueAt").asString()
                + " ended " + ended + " late " + late;
    }

    private static List<String> texts(JsonNode array, java.util.function.Function<JsonNode, String> line) {
        List<String> lines = new ArrayList<>();
        array.forEach(node -> lines.add(line.apply(node)));
        return lines;
    }
}
