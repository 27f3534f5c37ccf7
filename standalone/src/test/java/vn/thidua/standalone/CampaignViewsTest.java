package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.collective;
import static vn.thidua.standalone.Steps.expect;
import static vn.thidua.standalone.Steps.individual;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * The campaigns, registrations and review results views over HTTP (DESIGN §6): the Sở LĐTBXH Hà Giang's plan with
 * the plans of its two district offices cascaded under it, registrations of units and persons of both districts,
 * a yearly report during which one registration is withdrawn, and the final review with its nominees; a plan of
 * the trade unions stands beside them, in another branch. Each view answers only what the caller's subtree holds,
 * a district office also reads the plan it implements, and the ministry's auditor reads everything.
 */
abstract class CampaignViewsTest extends OneAppTest {

    private static final String DEPARTMENT = "so-ldtbxh-ha-giang";
    private static final String VI_XUYEN = "phong-ldtbxh-vi-xuyen";
    private static final String BAC_QUANG = "phong-ldtbxh-bac-quang";
    private static final String TRADE_UNION = "ldld-lai-chau";
    /** The national auditor: a ministry's auditor sees its sector tree only. */
    private static final String AUDITOR = "kiem-tra-trung-uong";

    @Test
    @Order(1)
    void the_department_and_its_district_offices_run_their_cascaded_plans() {
        steps.launch(DEPARTMENT, "so-views", DEPARTMENT, "21/KH-SLĐTBXH", null, 2024, 2025, """
                [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "COLLECTIVE",
                  "quota": {"limit": 10, "reserved": [{"category": "EDUCATION", "count": 2}]}},
                 {"awardType": "ADVANCED_WORKER", "targetKind": "INDIVIDUAL", "quota": {"limit": 20}},
                 {"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "INDIVIDUAL"}]""");
        String districtAwards = """
                [{"awardType": "ADVANCED_WORKER", "targetKind": "INDIVIDUAL", "quota": {"limit": 5}}]""";
        steps.launch(VI_XUYEN, "vx-views", VI_XUYEN, "07/KH-LĐTBXH", "so-views", 2025, 2025, districtAwards);
        steps.launch(BAC_QUANG, "bq-views", BAC_QUANG, "08/KH-LĐTBXH", "so-views", 2025, 2025, districtAwards);
        steps.launch(TRADE_UNION, "ld-views", TRADE_UNION, "30/KH-LĐLĐ", null, 2025, 2025, """
                [{"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "COLLECTIVE", "quota": {"limit": 5}}]""");

        expect(201, app.as(VI_XUYEN).post("/api/persons", """
                {"personId": "views-an", "fullName": "Hoàng Văn An", "unitId": "%s", "category": "EDUCATION"}"""
                .formatted(VI_XUYEN)));
        steps.person(BAC_QUANG, "views-binh", "Lê Thị Bình", BAC_QUANG);
        steps.person(VI_XUYEN, "views-cuc", "Vàng Thị Cúc", VI_XUYEN);
        steps.register(DEPARTMENT, "so-views", "dk-vx", collective(VI_XUYEN));
        steps.register(DEPARTMENT, "so-views", "dk-bq", collective(BAC_QUANG));
        steps.register(DEPARTMENT, "so-views", "dk-an", individual("views-an"));
        steps.register(DEPARTMENT, "so-views", "dk-binh", individual("views-binh"));

        post(DEPARTMENT, "so-views/reviews", "{\"reviewId\": \"bc-2024\", \"kind\": \"PERIODIC\", \"year\": 2024}", 201);
        rate("so-views", "bc-2024", "dk-vx", "GOOD");
        rate("so-views", "bc-2024", "dk-binh", "COMPLETED");
        post(BAC_QUANG, "so-views/registrations/dk-binh/withdraw", "{\"reason\": \"Chuyển công tác\"}", 200);
        post(DEPARTMENT, "so-views/reviews/bc-2024/conclude", "{\"nominees\": []}", 200);

        post(DEPARTMENT, "so-views/reviews", "{\"reviewId\": \"tk-2025\", \"kind\": \"FINAL\", \"year\": 2025}", 201);
        rate("so-views", "tk-2025", "dk-vx", "EXCELLENT");
        rate("so-views", "tk-2025", "dk-bq", "COMPLETED");
        rate("so-views", "tk-2025", "dk-an", "GOOD");
        post(DEPARTMENT, "so-views/reviews/tk-2025/conclude", """
                {"nominees": [{"registrationId": "dk-vx", "awardType": "CERTIFICATE_OF_MERIT"},
                              {"registrationId": "dk-an", "awardType": "ADVANCED_WORKER"}]}""", 200);

        steps.register(VI_XUYEN, "vx-views", "dk-cuc", individual("views-cuc"));
        steps.finalReview(VI_XUYEN, "vx-views", "tk-2025", 2025, "GOOD", "ADVANCED_WORKER", List.of("dk-cuc"));
        post(VI_XUYEN, "vx-views/progress-reports", """
                {"reportId": "bc-vx-2025", "periodLabel": "Năm 2025", "summary": "Hoàn thành kế hoạch năm 2025"}""", 201);
        post(BAC_QUANG, "bq-views/amend", """
                {"title": "Kế hoạch thi đua năm 2025 (sửa đổi)",
                 "awardPlan": [{"awardType": "ADVANCED_WORKER", "targetKind": "INDIVIDUAL", "quota": {"limit": 8}}]}""", 200);
        post(BAC_QUANG, "bq-views/reviews", "{\"reviewId\": \"bc-bq-2025\", \"kind\": \"PERIODIC\", \"year\": 2025}", 201);
    }

    @Test
    @Order(2)
    void the_list_holds_the_plans_issued_in_the_callers_subtree_paged_and_filtered() {
        eventually(() -> {
            Answer first = expect(200, app.as(DEPARTMENT).get("/api/campaigns?size=2"));
            assertThat(first.json().path("totalItems").asInt()).isEqualTo(3);
            assertThat(ids(first, "campaignId")).containsExactly("vx-views", "bq-views");
            Answer second = expect(200, app.as(DEPARTMENT).get("/api/campaigns?size=2&page=1"));
            assertThat(ids(second, "campaignId")).containsExactly("so-views");
        });
        assertThat(campaigns(DEPARTMENT, "issuer=" + VI_XUYEN)).containsExactly("vx-views");
        assertThat(campaigns(DEPARTMENT, "year=2024")).containsExactly("so-views");
        assertThat(campaigns(DEPARTMENT, "status=LAUNCHED")).hasSize(3);
        assertThat(campaigns(DEPARTMENT, "status=CLOSED")).isEmpty();

        assertThat(campaigns(VI_XUYEN, "")).containsExactly("vx-views");
        assertThat(campaigns("bo-ldtbxh", "")).containsExactlyInAnyOrder("so-views", "vx-views", "bq-views");
        assertThat(campaigns(TRADE_UNION, "")).containsExactly("ld-views");
        assertThat(campaigns(AUDITOR, "")).contains("so-views", "vx-views", "bq-views", "ld-views");
        assertThat(campaigns("kiem-tra-bo-ldtbxh", "")).containsExactlyInAnyOrder("so-views", "vx-views", "bq-views");
    }

    @Test
    @Order(3)
    void the_detail_shows_the_plan_as_last_amended_and_how_far_it_got() {
        eventually(() -> {
            JsonNode plan = expect(200, app.as(DEPARTMENT).get("/api/campaigns/so-views")).json();
            assertThat(plan.path("campaign").path("issuerId").asString()).isEqualTo(DEPARTMENT);
            assertThat(plan.path("campaign").path("planNumber").asString()).isEqualTo("21/KH-SLĐTBXH");
            assertThat(plan.path("campaign").path("title").asString()).isEqualTo("Kế hoạch thi đua 21/KH-SLĐTBXH");
            assertThat(plan.path("campaign").path("period").path("from").asString()).isEqualTo("2024-01-01");
            assertThat(plan.path("campaign").path("period").path("to").asString()).isEqualTo("2025-12-31");
            assertThat(plan.path("campaign").path("status").asString()).isEqualTo("LAUNCHED");
            assertThat(plan.path("campaign").path("parentCampaignId").isNull()).isTrue();
            JsonNode certificate = plan.path("awardPlan").path(0);
            assertThat(certificate.path("awardType").asString()).isEqualTo("CERTIFICATE_OF_MERIT");
            assertThat(certificate.path("quota").path("limit").asInt()).isEqualTo(10);
            assertThat(certificate.path("quota").path("reserved").path(0).path("category").asString()).isEqualTo("EDUCATION");
            assertThat(certificate.path("quota").path("reserved").path(0).path("count").asInt()).isEqualTo(2);
            assertThat(plan.path("awardPlan").path(1).path("quota").path("limit").asInt()).isEqualTo(20);
            assertThat(plan.path("awardPlan").path(2).path("quota").isNull()).isTrue();
            assertThat(plan.path("schedule").size()).isEqualTo(1);
            assertThat(plan.path("schedule").path(0).path("kind").asString()).isEqualTo("FINAL");
            assertThat(plan.path("schedule").path(0).path("year").asInt()).isEqualTo(2025);
            assertThat(plan.path("activeRegistrations").asInt()).isEqualTo(3);
            assertThat(plan.path("withdrawnRegistrations").asInt()).isEqualTo(1);
            assertThat(plan.path("reviewsOpened").asInt()).isEqualTo(2);
            assertThat(plan.path("reviewsConcluded").asInt()).isEqualTo(2);
            assertThat(plan.path("progressReportsSent").asInt()).isZero();
            assertThat(plan.path("progressReportsReceived").asInt()).isEqualTo(1);

            JsonNode child = expect(200, app.as(VI_XUYEN).get("/api/campaigns/vx-views")).json();
            assertThat(child.path("campaign").path("parentCampaignId").asString()).isEqualTo("so-views");
            assertThat(child.path("progressReportsSent").asInt()).isEqualTo(1);

            JsonNode amended = expect(200, app.as(BAC_QUANG).get("/api/campaigns/bq-views")).json();
            assertThat(amended.path("campaign").path("title").asString()).isEqualTo("Kế hoạch thi đua năm 2025 (sửa đổi)");
            assertThat(amended.path("awardPlan").size()).isEqualTo(1);
            assertThat(amended.path("awardPlan").path(0).path("quota").path("limit").asInt()).isEqualTo(8);
            assertThat(amended.path("schedule").path(0).path("kind").asString()).isEqualTo("FINAL");
        });
    }

    @Test
    @Order(4)
    void the_detail_is_for_the_issuers_subtree_the_issuers_of_plans_below_it_and_the_auditor() {
        eventually(() -> assertThat(app.as(AUDITOR).get("/api/campaigns/ld-views").status()).isEqualTo(200));
        expect(200, app.as("bo-ldtbxh").get("/api/campaigns/so-views"));
        expect(200, app.as(VI_XUYEN).get("/api/campaigns/so-views"));
        expect(200, app.as(AUDITOR).get("/api/campaigns/so-views"));

        assertRefused(app.as(VI_XUYEN).get("/api/campaigns/bq-views"), 403, "SCOPE");
        assertRefused(app.as(TRADE_UNION).get("/api/campaigns/so-views"), 403, "SCOPE");
        assertRefused(app.as("bo-ldtbxh").get("/api/campaigns/ld-views"), 403, "SCOPE");
        assertRefused(app.as(DEPARTMENT).get("/api/campaigns/no-such-plan"), 404, "C1");
    }

    @Test
    @Order(5)
    void the_tree_shows_the_cascade_with_each_plans_progress() {
        eventually(() -> {
            JsonNode root = expect(200, app.as(DEPARTMENT).get("/api/campaigns/so-views/tree")).json();
            assertThat(root.path("planNumber").asString()).isEqualTo("21/KH-SLĐTBXH");
            assertThat(progress(root)).isEqualTo("3 registrations, 3 rated in the latest review, 2/1 reviews");
            assertThat(ids(root.path("children"), "campaignId")).containsExactly("vx-views", "bq-views");
            JsonNode viXuyen = root.path("children").path(0);
            assertThat(viXuyen.path("issuerId").asString()).isEqualTo(VI_XUYEN);
            assertThat(viXuyen.path("status").asString()).isEqualTo("LAUNCHED");
            assertThat(progress(viXuyen)).isEqualTo("1 registrations, 1 rated in the latest review, 1/1 reviews");
            assertThat(viXuyen.path("children").size()).isZero();
            assertThat(progress(root.path("children").path(1)))
                    .isEqualTo("0 registrations, 0 rated in the latest review, 0/1 reviews");
        });

        JsonNode fromBelow = expect(200, app.as(VI_XUYEN).get("/api/campaigns/so-views/tree")).json();
        assertThat(ids(fromBelow.path("children"), "campaignId")).containsExactly("vx-views");
        assertThat(ids(expect(200, app.as(AUDITOR).get("/api/campaigns/so-views/tree")).json().path("children"),
                "campaignId")).containsExactly("vx-views", "bq-views");
        assertRefused(app.as(TRADE_UNION).get("/api/campaigns/so-views/tree"), 403, "SCOPE");
    }

    @Test
    @Order(6)
    void the_registrations_of_a_plan_come_in_order_with_status_category_and_latest_rating() {
        eventually(() -> {
            Answer first = expect(200, app.as(DEPARTMENT).get("/api/campaigns/so-views/registrations?size=3"));
            assertThat(first.json().path("totalItems").asInt()).isEqualTo(4);
            assertThat(ids(first, "registrationId")).containsExactly("dk-vx", "dk-bq", "dk-an");
            Answer second = expect(200, app.as(DEPARTMENT).get("/api/campaigns/so-views/registrations?size=3&page=1"));
            assertThat(ids(second, "registrationId")).containsExactly("dk-binh");

            JsonNode an = first.json().path("items").path(2);
            assertThat(an.path("participant").path("kind").asString()).isEqualTo("INDIVIDUAL");
            assertThat(an.path("participant").path("unitId").asString()).isEqualTo(VI_XUYEN);
            assertThat(an.path("participant").path("personId").asString()).isEqualTo("views-an");
            assertThat(an.path("category").asString()).isEqualTo("EDUCATION");
            assertThat(an.path("commitments").path(0).asString()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
            assertThat(an.path("status").asString()).isEqualTo("ACTIVE");
            assertThat(an.path("registeredAt").isNull()).isFalse();
            assertThat(an.path("latestRating").asString()).isEqualTo("GOOD");
            assertThat(an.path("latestReviewId").asString()).isEqualTo("tk-2025");
            JsonNode viXuyen = first.json().path("items").path(0);
            assertThat(viXuyen.path("participant").path("kind").asString()).isEqualTo("COLLECTIVE");
            assertThat(viXuyen.path("category").isNull()).isTrue();
            assertThat(viXuyen.path("latestRating").asString()).isEqualTo("EXCELLENT");
            JsonNode binh = second.json().path("items").path(0);
            assertThat(binh.path("status").asString()).isEqualTo("WITHDRAWN");
            assertThat(binh.path("latestRating").asString()).isEqualTo("COMPLETED");
            assertThat(binh.path("latestReviewId").asString()).isEqualTo("bc-2024");
        });
        assertThat(registrations(DEPARTMENT, "unit=" + VI_XUYEN)).containsExactly("dk-vx", "dk-an");
        assertThat(registrations(DEPARTMENT, "person=views-an")).containsExactly("dk-an");
    }

    @Test
    @Order(7)
    void the_registrations_are_scoped_by_the_participants_unit_except_for_the_issuer_and_the_auditor() {
        eventually(() -> assertThat(registrations(AUDITOR, "")).hasSize(4));
        assertThat(registrations("bo-ldtbxh", "")).hasSize(4);
        assertThat(registrations(VI_XUYEN, "")).containsExactly("dk-vx", "dk-an");
        assertThat(registrations(BAC_QUANG, "")).containsExactly("dk-bq", "dk-binh");
        assertThat(registrations(TRADE_UNION, "")).isEmpty();
        assertRefused(app.as(DEPARTMENT).get("/api/campaigns/no-such-plan/registrations"), 404, "C1");
    }

    @Test
    @Order(8)
    void the_final_review_shows_the_ratings_distribution_and_the_nominees_with_their_route() {
        eventually(() -> {
            JsonNode review = expect(200, app.as(DEPARTMENT).get("/api/campaigns/so-views/reviews/tk-2025")).json();
            assertThat(review.path("kind").asString()).isEqualTo("FINAL");
            assertThat(review.path("year").asInt()).isEqualTo(2025);
            assertThat(review.path("status").asString()).isEqualTo("CONCLUDED");
            assertThat(distribution(review)).isEqualTo("NOT_COMPLETED=0 COMPLETED=1 GOOD=1 EXCELLENT=1");
            List<String> rated = new ArrayList<>();
            review.path("evaluations").forEach(e -> rated.add(e.path("registrationId").asString() + " "
                    + e.path("rating").asString()));
            assertThat(rated).containsExactly("dk-an GOOD", "dk-bq COMPLETED", "dk-vx EXCELLENT");
            List<String> nominees = new ArrayList<>();
            review.path("nominees").forEach(n -> nominees.add(n.path("registrationId").asString() + " "
                    + n.path("awardType").asString() + " " + n.path("rating").asString() + " / "
                    + n.path("eligibilityRoute").asString() + " / " + n.path("usedInitiative").asBoolean()));
            assertThat(nominees).containsExactly(
                    "dk-vx CERTIFICATE_OF_MERIT EXCELLENT / rated good (not statutory) / false",
                    "dk-an ADVANCED_WORKER GOOD / Art. 24, rated good / false");
            assertThat(review.path("nominees").path(1).path("participant").path("personId").asString())
                    .isEqualTo("views-an");
        });
    }

    @Test
    @Order(9)
    void a_registration_withdrawn_while_a_review_is_open_leaves_no_rating_in_it() {
        eventually(() -> {
            JsonNode review = expect(200, app.as(DEPARTMENT).get("/api/campaigns/so-views/reviews/bc-2024")).json();
            assertThat(review.path("kind").asString()).isEqualTo("PERIODIC");
            assertThat(review.path("status").asString()).isEqualTo("CONCLUDED");
            assertThat(distribution(review)).isEqualTo("NOT_COMPLETED=0 COMPLETED=0 GOOD=1 EXCELLENT=0");
            assertThat(ids(review.path("evaluations"), "registrationId")).containsExactly("dk-vx");
            assertThat(review.path("nominees").size()).isZero();

            JsonNode open = expect(200, app.as(BAC_QUANG).get("/api/campaigns/bq-views/reviews/bc-bq-2025")).json();
            assertThat(open.path("status").asString()).isEqualTo("OPEN");
            assertThat(distribution(open)).isEqualTo("NOT_COMPLETED=0 COMPLETED=0 GOOD=0 EXCELLENT=0");
        });
    }

    @Test
    @Order(10)
    void the_review_results_are_scoped_like_the_plan() {
        eventually(() -> expect(200, app.as(VI_XUYEN).get("/api/campaigns/so-views/reviews/tk-2025")));
        expect(200, app.as(AUDITOR).get("/api/campaigns/so-views/reviews/tk-2025"));
        assertRefused(app.as(TRADE_UNION).get("/api/campaigns/so-views/reviews/tk-2025"), 403, "SCOPE");
        assertRefused(app.as(VI_XUYEN).get("/api/campaigns/bq-views/reviews/bc-bq-2025"), 403, "SCOPE");
        assertRefused(app.as(DEPARTMENT).get("/api/campaigns/so-views/reviews/no-such-review"), 404, "C5");
    }

    /**
     * The three views split into segments (ViewProcessorTuning) answer after a rebuild exactly as they did live: each
     * campaign's events stay in order within one segment, and no handler of theirs reads another campaign's rows.
     */
    @Test
    @Order(11)
    void the_views_split_into_segments_rebuild_to_the_same_answers() {
        JdbcTemplate jdbc = app.querySideBean(JdbcTemplate.class);
        List<String> segmented = List.of("campaigns", "registrations", "review-results");
        for (String view : segmented) {
            assertThat(ViewReplay.segments(jdbc, view)).as(view).isEqualTo(2);
        }
        assertThat(ViewReplay.segments(jdbc, "audit-log")).isEqualTo(1);
        // in split mode a view's segments may be spread over the query sides, and a replay needs them on one
        Assumptions.assumeFalse(split());
        ApiClient auditor = app.as(AUDITOR);
        List<String> reads = List.of("/api/campaigns?size=500", "/api/campaigns/so-views", "/api/campaigns/so-views/tree",
                "/api/campaigns/so-views/registrations?size=500", "/api/campaigns/so-views/reviews",
                "/api/campaigns/so-views/reviews/tk-2025", "/api/campaigns/bq-views/reviews/bc-bq-2025");
        List<String> live = reads.stream().map(path -> expect(200, auditor.get(path)).body()).toList();
        segmented.forEach(view -> expect(202, auditor.post("/api/admin/replays/" + view, "")));
        ViewReplay.awaitCaughtUp(jdbc, auditor, segmented);
        assertThat(reads.stream().map(path -> expect(200, auditor.get(path)).body()).toList()).isEqualTo(live);
    }

    private void post(String user, String path, String body, int status) {
        expect(status, app.as(user).post("/api/campaigns/" + path, body));
    }

    private void rate(String campaignId, String reviewId, String registrationId, String rating) {
        post(DEPARTMENT, campaignId + "/reviews/" + reviewId + "/evaluations",
                "{\"registrationId\": \"%s\", \"rating\": \"%s\"}".formatted(registrationId, rating), 200);
    }

    private List<String> campaigns(String user, String filter) {
        return ids(expect(200, app.as(user).get("/api/campaigns?size=500&" + filter)), "campaignId");
    }

    private List<String> registrations(String user, String filter) {
        return ids(expect(200, app.as(user).get("/api/campaigns/so-views/registrations?size=500&" + filter)),
                "registrationId");
    }

    private static List<String> ids(Answer page, String field) {
        return ids(page.json().path("items"), field);
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path(field).asString()));
        return ids;
    }

    private static String progress(JsonNode node) {
        JsonNode progress = node.path("progress");
        return progress.path("registrations").asInt() + " registrations, "
                + progress.path("evaluatedInLatestReview").asInt() + " rated in the latest review, "
                + progress.path("concludedReviews").asInt() + "/" + progress.path("scheduledReviews").asInt() + " reviews";
    }

    private static String distribution(JsonNode review) {
        List<String> counts = new ArrayList<>();
        review.path("distribution").properties().forEach(e -> counts.add(e.getKey() + "=" + e.getValue().asInt()));
        return String.join(" ", counts);
    }

    private static void assertRefused(Answer answer, int status, String rule) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.rule()).isEqualTo(rule);
    }

    /** The views follow the events a moment later. */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(assertion);
    }
}
