package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * Seed 003 over HTTP: UBND xã Lơ Ku runs plan 63/KH-UBND (2019-2025) under huyện Kbang's 1156/KH-UBND. The commune
 * registers itself and its cadres, reports yearly, holds the sơ kết 2022 and the tổng kết 2025, rates everyone,
 * names its nominees (what it decides itself, and the best to propose to the district) and closes the plan.
 */
class Seed003CampaignTest extends OneAppTest {

    private ApiClient district;
    private ApiClient commune;

    @BeforeAll
    void clients() {
        district = app.as("ubnd-huyen-kbang");
        commune = app.as("ubnd-xa-lo-ku");
    }

    @Test
    @Order(1)
    void the_district_launches_plan_1156() {
        Answer launched = district.post("/api/campaigns", """
                {"campaignId": "kbang-van-hoa-cong-so-2019", "issuerId": "ubnd-huyen-kbang",
                 "planNumber": "1156/KH-UBND",
                 "title": "Cán bộ, công chức, những người hoạt động không chuyên trách xã huyện Kbang thi đua thực hiện văn hóa công sở giai đoạn 2019-2025",
                 "period": {"from": "2019-08-21", "to": "2025-12-31"},
                 "targets": [
                   {"kind": "COLLECTIVE", "theme": "Thi đua xây dựng cơ quan văn minh, hiện đại, xanh, sạch, đẹp",
                    "criteria": [{"code": "VHCS", "description": "Thực hiện quy chế văn hóa công sở"}]},
                   {"kind": "INDIVIDUAL", "theme": "Thi đua thực hiện kỷ cương, trách nhiệm, tận tụy, chuyên nghiệp",
                    "criteria": [{"code": "KC", "description": "Chấp hành kỷ cương, kỷ luật hành chính"}]}],
                 "awardPlan": [
                   {"awardType": "ADVANCED_COLLECTIVE", "targetKind": "COLLECTIVE", "quota": {"limit": 5}},
                   {"awardType": "GRASSROOTS_EMULATION_FIGHTER", "targetKind": "INDIVIDUAL", "quota": {"limit": 10}}],
                 "schedule": [{"kind": "PRELIMINARY", "year": 2022, "title": "Sơ kết 2022"},
                              {"kind": "FINAL", "year": 2025, "title": "Tổng kết 2025"}],
                 "legalBases": ["Quyết định số 733/QĐ-TTg của Thủ tướng Chính phủ"]}""");
        assertThat(launched.status()).as(launched.toString()).isEqualTo(201);
        assertThat(launched.header("Location")).isEqualTo("/api/campaigns/kbang-van-hoa-cong-so-2019");
    }

    @Test
    @Order(2)
    void the_commune_records_its_cadres() {
        for (String[] person : new String[][] {
                {"lo-ku-nguyen-van-an", "Nguyễn Văn An", "Chủ tịch UBND xã"},
                {"lo-ku-tran-thi-binh", "Trần Thị Bình", "Công chức Văn phòng - Thống kê"},
                {"lo-ku-dinh-van-cuong", "Đinh Văn Cường", "Công chức Địa chính"}}) {
            Answer recorded = commune.post("/api/persons", """
                    {"personId": "%s", "fullName": "%s", "unitId": "ubnd-xa-lo-ku", "position": "%s"}"""
                    .formatted(person[0], person[1], person[2]));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }
    }

    @Test
    @Order(3)
    void the_commune_cascades_plan_63_under_the_district_plan() {
        Answer outsidePeriod = commune.post("/api/campaigns", communePlan("2018-01-01"));
        assertThat(outsidePeriod.status()).isEqualTo(409);
        assertThat(outsidePeriod.rule()).isEqualTo("C2");

        Answer launched = commune.post("/api/campaigns", communePlan("2019-08-23"));
        assertThat(launched.status()).as(launched.toString()).isEqualTo(201);

        Answer sameNumber = commune.post("/api/campaigns", communePlan("2019-08-23").replace("lo-ku-van-hoa-cong-so-2019", "lo-ku-lan-hai"));
        assertThat(sameNumber.rule()).isEqualTo("C1");
    }

    @Test
    @Order(4)
    void the_commune_and_its_cadres_register_with_commitments() {
        register("dk-ubnd-xa", "{\"kind\": \"COLLECTIVE\", \"unitId\": \"ubnd-xa-lo-ku\"}",
                "Xây dựng cơ quan văn minh, hiện đại, xanh, sạch, đẹp");
        register("dk-an", individual("lo-ku-nguyen-van-an"), "Gương mẫu chấp hành kỷ cương, kỷ luật hành chính");
        register("dk-binh", individual("lo-ku-tran-thi-binh"), "Tận tụy, chuyên nghiệp trong giải quyết thủ tục hành chính");
        register("dk-cuong", individual("lo-ku-dinh-van-cuong"), "Chuẩn mực trong giao tiếp, ứng xử với nhân dân");

        Answer twice = commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/registrations", registration("dk-an-2",
                individual("lo-ku-nguyen-van-an"), "Lần hai"));
        assertThat(twice.rule()).isEqualTo("C4");
        ApiClient school = app.as("thcs-thi-tran");
        Answer notBelowIssuer = school.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/registrations",
                registration("dk-truong", "{\"kind\": \"COLLECTIVE\", \"unitId\": \"thcs-thi-tran\"}", "Không thuộc xã"));
        assertThat(notBelowIssuer.status()).as(notBelowIssuer.toString()).isEqualTo(409);
        assertThat(notBelowIssuer.rule()).isEqualTo("C4");
        Answer notYourUnit = school.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/registrations",
                registration("dk-truong-2", "{\"kind\": \"COLLECTIVE\", \"unitId\": \"ubnd-xa-lo-ku\"}", "Thay mặt xã"));
        assertThat(notYourUnit.status()).as(notYourUnit.toString()).isEqualTo(403);
        assertThat(notYourUnit.rule()).isEqualTo("C4");
    }

    @Test
    @Order(5)
    void yearly_report_2020_and_progress_report_to_the_district() {
        open("bc-2020", "PERIODIC", 2020);
        rate("bc-2020", "dk-an", "GOOD");
        assertThat(conclude("bc-2020", "[]").status()).isEqualTo(200);
        Answer report = commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/progress-reports", """
                {"reportId": "bc-nam-2020", "periodLabel": "Năm 2020",
                 "summary": "100% cán bộ, công chức đăng ký thi đua; không có trường hợp vi phạm kỷ luật"}""");
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
    }

    @Test
    @Order(6)
    void so_ket_2022_comes_before_tong_ket() {
        Answer finalFirst = commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/reviews",
                "{\"reviewId\": \"tk-2025\", \"kind\": \"FINAL\", \"year\": 2025}");
        assertThat(finalFirst.status()).isEqualTo(409);
        assertThat(finalFirst.rule()).isEqualTo("C5");

        open("sk-2022", "PRELIMINARY", 2022);
        rate("sk-2022", "dk-ubnd-xa", "GOOD");
        rate("sk-2022", "dk-an", "EXCELLENT");
        rate("sk-2022", "dk-binh", "GOOD");
        rate("sk-2022", "dk-cuong", "COMPLETED");
        Answer concluded = conclude("sk-2022", "[{\"registrationId\": \"dk-binh\", \"awardType\": \"CERTIFICATE_OF_MERIT\"}]");
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(409);
        assertThat(concluded.rule()).isEqualTo("C7");
        assertThat(concluded.json().path("detail").asString()).contains("not in the plan");

        concluded = conclude("sk-2022", "[{\"registrationId\": \"dk-an\", \"awardType\": \"ADVANCED_WORKER\"}]");
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        assertThat(concluded.json().path("reviews").get(1).path("nominees").asInt()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void tong_ket_2025_rates_everyone_and_names_the_nominees() {
        open("tk-2025", "FINAL", 2025);
        Answer late = commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/registrations",
                registration("dk-muon", "{\"kind\": \"COLLECTIVE\", \"unitId\": \"ubnd-xa-lo-ku\"}", "Đăng ký muộn"));
        assertThat(late.rule()).isEqualTo("C4");

        rate("tk-2025", "dk-ubnd-xa", "EXCELLENT");
        rate("tk-2025", "dk-an", "GOOD");
        rate("tk-2025", "dk-an", "EXCELLENT");
        rate("tk-2025", "dk-binh", "GOOD");
        rate("tk-2025", "dk-cuong", "COMPLETED");

        Answer ineligible = conclude("tk-2025", "[{\"registrationId\": \"dk-cuong\", \"awardType\": \"ADVANCED_WORKER\"}]");
        assertThat(ineligible.status()).isEqualTo(409);
        assertThat(ineligible.rule()).isEqualTo("C7");
        assertThat(ineligible.json().path("detail").asString()).contains("ADVANCED_WORKER", "COMPLETED");

        Answer concluded = conclude("tk-2025", """
                [{"registrationId": "dk-ubnd-xa", "awardType": "ADVANCED_COLLECTIVE"},
                 {"registrationId": "dk-an", "awardType": "GRASSROOTS_EMULATION_FIGHTER"},
                 {"registrationId": "dk-binh", "awardType": "ADVANCED_WORKER"}]""");
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        assertThat(concluded.json().path("reviews").get(2).path("nominees").asInt()).isEqualTo(3);
    }

    @Test
    @Order(8)
    void the_plan_closes_and_then_takes_no_more_commands() {
        Answer closed = commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/close", "{}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        Answer after = commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/reviews",
                "{\"reviewId\": \"bc-2026\", \"kind\": \"PERIODIC\", \"year\": 2025}");
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.rule()).isEqualTo("C8");
    }

    private String communePlan(String from) {
        return """
                {"campaignId": "lo-ku-van-hoa-cong-so-2019", "issuerId": "ubnd-xa-lo-ku", "planNumber": "63/KH-UBND",
                 "title": "Tổ chức phong trào thi đua Cán bộ, công chức, những người hoạt động không chuyên trách xã thi đua thực hiện văn hóa công sở giai đoạn 2019-2025",
                 "period": {"from": "%s", "to": "2025-12-31"},
                 "parentCampaignId": "kbang-van-hoa-cong-so-2019",
                 "targets": [
                   {"kind": "COLLECTIVE", "theme": "Thi đua xây dựng cơ quan văn minh, hiện đại, xanh, sạch, đẹp",
                    "criteria": [{"code": "TTHC", "description": "Công khai, minh bạch, đơn giản hóa thủ tục hành chính", "maxScore": 10},
                                 {"code": "CNTT", "description": "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan", "maxScore": 10}]},
                   {"kind": "INDIVIDUAL", "theme": "Thi đua thực hiện kỷ cương, trách nhiệm, tận tụy, chuyên nghiệp",
                    "criteria": [{"code": "KC", "description": "Chấp hành nghiêm túc kỷ cương, kỷ luật hành chính"},
                                 {"code": "UX", "description": "Chuẩn mực trong giao tiếp, ứng xử"}]}],
                 "awardPlan": [
                   {"awardType": "ADVANCED_WORKER", "targetKind": "INDIVIDUAL", "quota": {"limit": 10}},
                   {"awardType": "ADVANCED_COLLECTIVE", "targetKind": "COLLECTIVE"},
                   {"awardType": "GRASSROOTS_EMULATION_FIGHTER", "targetKind": "INDIVIDUAL"}],
                 "schedule": [{"kind": "PERIODIC", "year": 2020, "title": "Báo cáo năm 2020"},
                              {"kind": "PRELIMINARY", "year": 2022, "title": "Sơ kết 2022"},
                              {"kind": "FINAL", "year": 2025, "title": "Tổng kết 2025"}],
                 "legalBases": ["Kế hoạch số 1156/KH-UBND ngày 21/8/2019 của UBND huyện Kbang"]}""".formatted(from);
    }

    private static String individual(String personId) {
        return "{\"kind\": \"INDIVIDUAL\", \"personId\": \"" + personId + "\"}";
    }

    private static String registration(String id, String participant, String commitment) {
        return "{\"registrationId\": \"%s\", \"participant\": %s, \"commitments\": [\"%s\"]}".formatted(id, participant, commitment);
    }

    private void register(String id, String participant, String commitment) {
        Answer registered = commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/registrations",
                registration(id, participant, commitment));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    private void open(String reviewId, String kind, int year) {
        Answer opened = commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/reviews",
                "{\"reviewId\": \"%s\", \"kind\": \"%s\", \"year\": %d}".formatted(reviewId, kind, year));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    private void rate(String reviewId, String registrationId, String rating) {
        Answer rated = commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/reviews/" + reviewId + "/evaluations",
                "{\"registrationId\": \"%s\", \"rating\": \"%s\"}".formatted(registrationId, rating));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
    }

    private Answer conclude(String reviewId, String nominees) {
        return commune.post("/api/campaigns/lo-ku-van-hoa-cong-so-2019/reviews/" + reviewId + "/conclude",
                "{\"nominees\": " + nominees + "}");
    }
}
