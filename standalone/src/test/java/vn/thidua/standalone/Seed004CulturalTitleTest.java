package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.standalone.Steps.expect;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * Seed 004 over HTTP: Trường THCS Thị trấn keeps "Cơ quan đạt chuẩn văn hóa" for 2021 under guidance 01/CV-BCĐ of
 * huyện Kbang's steering committee. It registers the three standards at the start of the year, holds its 6-month
 * review (sơ kết), scores itself with its union at year end, and proposes the title to the district, whose committee
 * scores each criterion; UBND huyện Kbang recognises it in a numbered decision (T1-T3). UBND xã Lơ Ku, which took on
 * every criterion but the initiative (1.5), is scored below the minimum of standard 2 and refused, naming it (T3);
 * scoring the criterion it did not take on is refused too (T1). The points are the unsourced defaults of rule set
 * 2022.1: 100 in all, a pass at 80 with standard 1 at least 27 of 40 and standards 2 and 3 at least 20 of 30.
 */
class Seed004CulturalTitleTest extends OneAppTest {

    private static final String DISTRICT = "ubnd-huyen-kbang";
    private static final String SCHOOL = "thcs-thi-tran";
    private static final String LO_KU = "ubnd-xa-lo-ku";
    private static final String GUIDANCE = "kbang-bcd-01-2020";
    private static final String SCHOOL_PLAN = "thcs-tt-cqvh-2021";
    private static final String LO_KU_PLAN = "lo-ku-cqvh-2021";

    /** Every criterion of the three standards of seed 004. */
    private static final String ALL_STANDARDS = """
            [{"standard": "1", "criteria": ["1.1", "1.2", "1.3", "1.4", "1.5"]},
             {"standard": "2", "criteria": ["2.1", "2.2", "2.3", "2.4"]},
             {"standard": "3", "criteria": ["3.1", "3.2", "3.3"]}]""";
    /** The same without the initiative (1.5): Lơ Ku's registration. */
    private static final String WITHOUT_INITIATIVE = """
            [{"standard": "1", "criteria": ["1.1", "1.2", "1.3", "1.4"]},
             {"standard": "2", "criteria": ["2.1", "2.2", "2.3", "2.4"]},
             {"standard": "3", "criteria": ["3.1", "3.2", "3.3"]}]""";
    /** The school's own points with its union: 36 + 28 + 29 = 93. */
    private static final String SCHOOL_SELF_SCORES = """
            {"1.1": 9, "1.2": 8, "1.3": 8, "1.4": 6, "1.5": 5, "2.1": 8, "2.2": 8, "2.3": 6, "2.4": 6,
             "3.1": 10, "3.2": 10, "3.3": 9}""";
    /** The district committee's points for the school: 34 + 26 + 28 = 88. */
    private static final String SCHOOL_COMMITTEE_SCORES = """
            {"1.1": 9, "1.2": 7, "1.3": 8, "1.4": 6, "1.5": 4, "2.1": 7, "2.2": 8, "2.3": 6, "2.4": 5,
             "3.1": 10, "3.2": 9, "3.3": 9}""";
    /** The district committee's points for Lơ Ku: 30 + 17 + 27 = 74, standard 2 below its 20. */
    private static final String LO_KU_COMMITTEE_SCORES = """
            {"1.1": 9, "1.2": 7, "1.3": 8, "1.4": 6, "2.1": 5, "2.2": 6, "2.3": 3, "2.4": 3,
             "3.1": 9, "3.2": 9, "3.3": 9}""";

    @Test
    @Order(1)
    void the_district_steering_committee_issues_its_guidance_and_the_school_its_plan_for_2021() {
        expect(201, app.as(DISTRICT).post("/api/campaigns", """
                {"campaignId": "%s", "issuerId": "%s", "planNumber": "01/CV-BCĐ",
                 "title": "Hướng dẫn “Cơ quan đạt chuẩn văn hóa”, “Đơn vị đạt chuẩn văn hóa”, “Doanh nghiệp đạt chuẩn văn hóa”",
                 "period": {"from": "2021-01-01", "to": "2025-12-31"},
                 "targets": [{"kind": "COLLECTIVE", "theme": "Toàn dân đoàn kết xây dựng đời sống văn hóa",
                              "criteria": [{"code": "CQVH", "description": "Các tiêu chuẩn cơ quan đạt chuẩn văn hóa"}]}],
                 "awardPlan": [{"awardType": "CULTURAL_STANDARD_TITLE", "targetKind": "COLLECTIVE", "quota": {"limit": 40}}],
                 "schedule": [{"kind": "FINAL", "year": 2025, "title": "Tổng kết phong trào"}],
                 "legalBases": ["Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”"]}""".formatted(GUIDANCE, DISTRICT)));
        expect(201, app.as(SCHOOL).post("/api/campaigns", plan(SCHOOL_PLAN, SCHOOL, "01/KH-BVĐ",
                "Tiếp tục duy trì và giữ vững danh hiệu đơn vị đạt chuẩn Văn hóa năm 2021", true)));
        expect(201, app.as(SCHOOL).post("/api/campaigns/" + SCHOOL_PLAN + "/registrations", """
                {"registrationId": "dk-thcs-thi-tran", "participant": {"kind": "COLLECTIVE", "unitId": "%s"},
                 "commitments": ["Tiếp tục duy trì và giữ vững danh hiệu cơ quan đạt chuẩn văn hóa năm 2021"]}"""
                .formatted(SCHOOL)));
    }

    @Test
    @Order(2)
    void at_the_start_of_the_year_the_school_registers_the_three_standards() {
        Answer registered = expect(201, registerStandards(SCHOOL, SCHOOL_PLAN, "dk-thcs-thi-tran", ALL_STANDARDS));
        assertThat(registered.header("Location")).isEqualTo("/api/campaigns/" + SCHOOL_PLAN + "/title-assessments");

        Answer unknownCriterion = registerStandards(SCHOOL, SCHOOL_PLAN, "dk-thcs-thi-tran", """
                [{"standard": "1", "criteria": ["1.9"]}, {"standard": "2", "criteria": ["2.1"]},
                 {"standard": "3", "criteria": ["3.1"]}]""");
        assertThat(unknownCriterion.status()).isEqualTo(409);
        assertThat(unknownCriterion.rule()).isEqualTo("T1");

        JsonNode title = assessments(SCHOOL, SCHOOL_PLAN).get(0);
        assertThat(title.path("outcome").asString()).isEqualTo("REGISTERED");
        assertThat(title.path("ruleSetVersion").asString()).isEqualTo("2022.1");
        assertThat(title.path("standards").size()).isEqualTo(3);
        assertThat(title.path("standards").get(1).path("name").asString())
                .isEqualTo("Thực hiện nếp sống văn minh, môi trường văn hóa công sở");
        assertThat(title.path("standards").get(0).path("maxPoints").asInt()).isEqualTo(40);
    }

    @Test
    @Order(3)
    void the_six_month_review_draws_lessons_without_naming_anyone() {
        ApiClient school = app.as(SCHOOL);
        expect(201, school.post("/api/campaigns/" + SCHOOL_PLAN + "/reviews",
                "{\"reviewId\": \"so-ket-6-thang-2021\", \"kind\": \"PRELIMINARY\", \"year\": 2021, \"title\": \"Sơ kết 6 tháng đầu năm 2021\"}"));
        expect(200, school.post("/api/campaigns/" + SCHOOL_PLAN + "/reviews/so-ket-6-thang-2021/evaluations",
                "{\"registrationId\": \"dk-thcs-thi-tran\", \"rating\": \"GOOD\", \"remarks\": \"Còn hạn chế về bài trí khuôn viên\"}"));
        expect(200, school.post("/api/campaigns/" + SCHOOL_PLAN + "/reviews/so-ket-6-thang-2021/conclude",
                "{\"nominees\": []}"));
    }

    @Test
    @Order(4)
    void at_year_end_the_school_scores_itself_with_its_union_and_is_named_for_the_title() {
        ApiClient school = app.as(SCHOOL);
        expect(201, school.post("/api/campaigns/" + SCHOOL_PLAN + "/reviews",
                "{\"reviewId\": \"tong-ket-2021\", \"kind\": \"FINAL\", \"year\": 2021, \"title\": \"Tổng kết năm 2021\"}"));
        expect(200, school.post("/api/campaigns/" + SCHOOL_PLAN + "/reviews/tong-ket-2021/evaluations",
                "{\"registrationId\": \"dk-thcs-thi-tran\", \"rating\": \"EXCELLENT\"}"));

        Answer tooEarly = school.post("/api/campaigns/" + SCHOOL_PLAN + "/reviews/tong-ket-2021/conclude", NAME_SCHOOL);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.rule()).isEqualTo("C7");
        assertThat(tooEarly.body()).contains("has not scored itself");

        expect(200, selfAssess(SCHOOL, SCHOOL_PLAN, "dk-thcs-thi-tran", SCHOOL_SELF_SCORES));
        expect(200, school.post("/api/campaigns/" + SCHOOL_PLAN + "/reviews/tong-ket-2021/conclude", NAME_SCHOOL));

        JsonNode title = assessments(SCHOOL, SCHOOL_PLAN).get(0);
        assertThat(title.path("outcome").asString()).isEqualTo("SELF_ASSESSED");
        assertThat(title.path("selfTotal").asInt()).isEqualTo(93);
    }

    @Test
    @Order(5)
    void the_district_committee_scores_each_criterion_and_the_district_recognises_the_title() {
        Answer proposed = expect(201, steps.propose(SCHOOL, "de-nghi-cqvh-thcs-2021", SCHOOL_PLAN, "tong-ket-2021",
                "dk-thcs-thi-tran", "CULTURAL_STANDARD_TITLE"));
        assertThat(proposed.json().path("pendingAt").asString()).isEqualTo(DISTRICT);

        Answer unscored = steps.approve(DISTRICT, "de-nghi-cqvh-thcs-2021", "qd-kbang-cqvh-2021");
        assertThat(unscored.status()).isEqualTo(409);
        assertThat(unscored.rule()).isEqualTo("T3");
        Answer notPendingThere = scoreTitle("ubnd-tinh-gia-lai", "de-nghi-cqvh-thcs-2021", SCHOOL_COMMITTEE_SCORES);
        assertThat(notPendingThere.status()).isEqualTo(403);
        assertThat(notPendingThere.rule()).isEqualTo("T2");

        expect(200, scoreTitle(DISTRICT, "de-nghi-cqvh-thcs-2021", SCHOOL_COMMITTEE_SCORES));
        Answer approved = expect(200, steps.approve(DISTRICT, "de-nghi-cqvh-thcs-2021", "qd-kbang-cqvh-2021"));
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");

        JsonNode grant = expect(200, app.as(SCHOOL).get("/api/awards?unit=" + SCHOOL + "&type=CULTURAL_STANDARD_TITLE"))
                .json().path("items").get(0);
        assertThat(grant.path("decidingUnit").asString()).isEqualTo(DISTRICT);
        assertThat(grant.path("decisionNumber").asString()).isEqualTo("1/QĐ-UBND");
        assertThat(grant.path("ruleSetVersion").asString()).isEqualTo("2022.1");

        JsonNode title = assessments(DISTRICT, SCHOOL_PLAN).get(0);
        assertThat(title.path("outcome").asString()).isEqualTo("RECOGNISED");
        assertThat(title.path("selfTotal").asInt()).isEqualTo(93);
        assertThat(title.path("committeeTotal").asInt()).isEqualTo(88);
        assertThat(title.path("scoredBy").asString()).isEqualTo(DISTRICT);
        assertThat(title.path("decisionId").asString()).isEqualTo("qd-kbang-cqvh-2021");
        JsonNode standardTwo = title.path("standards").get(1);
        assertThat(standardTwo.path("selfPoints").asInt()).isEqualTo(28);
        assertThat(standardTwo.path("committeePoints").asInt()).isEqualTo(26);
        assertThat(standardTwo.path("criteria").get(3).path("committeePoints").asInt()).isEqualTo(5);
    }

    @Test
    @Order(6)
    void a_commune_scored_below_the_minimum_of_standard_2_is_refused_naming_it() {
        expect(201, app.as(LO_KU).post("/api/campaigns", plan(LO_KU_PLAN, LO_KU, "12/KH-UBND",
                "Xây dựng cơ quan đạt chuẩn văn hóa năm 2021", false)));
        expect(201, app.as(LO_KU).post("/api/campaigns/" + LO_KU_PLAN + "/registrations", """
                {"registrationId": "dk-ubnd-xa-lo-ku", "participant": {"kind": "COLLECTIVE", "unitId": "%s"},
                 "commitments": ["Xây dựng cơ quan đạt chuẩn văn hóa năm 2021"]}""".formatted(LO_KU)));
        expect(201, registerStandards(LO_KU, LO_KU_PLAN, "dk-ubnd-xa-lo-ku", WITHOUT_INITIATIVE));
        ApiClient loKu = app.as(LO_KU);
        expect(201, loKu.post("/api/campaigns/" + LO_KU_PLAN + "/reviews",
                "{\"reviewId\": \"tong-ket-2021\", \"kind\": \"FINAL\", \"year\": 2021}"));
        expect(200, loKu.post("/api/campaigns/" + LO_KU_PLAN + "/reviews/tong-ket-2021/evaluations",
                "{\"registrationId\": \"dk-ubnd-xa-lo-ku\", \"rating\": \"GOOD\"}"));
        expect(200, selfAssess(LO_KU, LO_KU_PLAN, "dk-ubnd-xa-lo-ku", """
                {"1.1": 9, "1.2": 7, "1.3": 8, "1.4": 6, "2.1": 7, "2.2": 7, "2.3": 6, "2.4": 5,
                 "3.1": 9, "3.2": 9, "3.3": 9}"""));
        expect(200, loKu.post("/api/campaigns/" + LO_KU_PLAN + "/reviews/tong-ket-2021/conclude", """
                {"nominees": [{"registrationId": "dk-ubnd-xa-lo-ku", "awardType": "CULTURAL_STANDARD_TITLE"}]}"""));
        expect(201, steps.propose(LO_KU, "de-nghi-cqvh-lo-ku-2021", LO_KU_PLAN, "tong-ket-2021", "dk-ubnd-xa-lo-ku",
                "CULTURAL_STANDARD_TITLE"));

        Answer notRegistered = scoreTitle(DISTRICT, "de-nghi-cqvh-lo-ku-2021", "{\"1.5\": 5}");
        assertThat(notRegistered.status()).isEqualTo(409);
        assertThat(notRegistered.rule()).isEqualTo("T1");
        assertThat(notRegistered.body()).contains("criterion 1.5 is not among the registered criteria");

        expect(200, scoreTitle(DISTRICT, "de-nghi-cqvh-lo-ku-2021", LO_KU_COMMITTEE_SCORES));
        Answer refused = steps.approve(DISTRICT, "de-nghi-cqvh-lo-ku-2021", "qd-kbang-cqvh-2021");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.rule()).isEqualTo("T3");
        assertThat(refused.body()).contains("standard 2 (Thực hiện nếp sống văn minh, môi trường văn hóa công sở) "
                + "scored 17 of 30, needs at least 20").contains("the total scored 74 of 100, needs at least 80");

        expect(200, app.as(DISTRICT).post("/api/proposals/de-nghi-cqvh-lo-ku-2021/reject",
                "{\"reason\": \"Tiêu chuẩn 2 đạt 17/30 điểm, dưới mức tối thiểu 20 điểm\"}"));
        JsonNode title = assessments(DISTRICT, LO_KU_PLAN).get(0);
        assertThat(title.path("outcome").asString()).isEqualTo("NOT_RECOGNISED");
        assertThat(title.path("committeeTotal").asInt()).isEqualTo(74);
        assertThat(assessments("ubnd-tinh-gia-lai", LO_KU_PLAN).size()).isEqualTo(1);
        assertThat(assessments(SCHOOL, LO_KU_PLAN).size()).isZero();
    }

    private static final String NAME_SCHOOL = """
            {"nominees": [{"registrationId": "dk-thcs-thi-tran", "awardType": "CULTURAL_STANDARD_TITLE"}]}""";

    /** A 2021 plan under the district's guidance that proposes the title; the school's has the 6-month review. */
    private static String plan(String campaignId, String issuer, String planNumber, String title, boolean sixMonthReview) {
        return """
                {"campaignId": "%s", "issuerId": "%s", "planNumber": "%s", "title": "%s", "parentCampaignId": "%s",
                 "period": {"from": "2021-01-01", "to": "2021-12-31"},
                 "targets": [{"kind": "COLLECTIVE", "theme": "Xây dựng cơ quan đạt chuẩn văn hóa gắn với nhiệm vụ chuyên môn",
                              "criteria": [{"code": "TC1", "description": "Hoàn thành tốt nhiệm vụ"},
                                           {"code": "TC2", "description": "Thực hiện nếp sống văn minh, môi trường văn hóa công sở"},
                                           {"code": "TC3", "description": "Gương mẫu chấp hành đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước"}]}],
                 "awardPlan": [{"awardType": "CULTURAL_STANDARD_TITLE", "targetKind": "COLLECTIVE"}],
                 "schedule": [%s{"kind": "FINAL", "year": 2021, "title": "Tổng kết năm 2021"}],
                 "legalBases": ["Hướng dẫn số 01/CV-BCĐ ngày 29/9/2020 của Ban chỉ đạo “Toàn dân đoàn kết xây dựng đời sống văn hóa”"]}"""
                .formatted(campaignId, issuer, planNumber, title, GUIDANCE,
                        sixMonthReview ? "{\"kind\": \"PRELIMINARY\", \"year\": 2021, \"title\": \"Sơ kết 6 tháng\"}, " : "");
    }

    private Answer registerStandards(String user, String campaignId, String registrationId, String standards) {
        return app.as(user).post("/api/campaigns/" + campaignId + "/title-standards", """
                {"registrationId": "%s", "awardType": "CULTURAL_STANDARD_TITLE", "year": 2021, "standards": %s}"""
                .formatted(registrationId, standards));
    }

    private Answer selfAssess(String user, String campaignId, String registrationId, String scores) {
        return app.as(user).post("/api/campaigns/" + campaignId + "/self-assessments", """
                {"registrationId": "%s", "awardType": "CULTURAL_STANDARD_TITLE", "year": 2021, "scores": %s,
                 "remarks": "Chấm điểm tổng kết cùng BCH CĐCS"}""".formatted(registrationId, scores));
    }

    private Answer scoreTitle(String user, String proposalId, String scores) {
        return app.as(user).post("/api/proposals/" + proposalId + "/title-scores", """
                {"scores": %s, "remarks": "Ban chỉ đạo huyện chấm điểm"}""".formatted(scores));
    }

    private JsonNode assessments(String user, String campaignId) {
        return expect(200, app.as(user).get("/api/campaigns/" + campaignId + "/title-assessments")).json().path("titles");
    }
}
