package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;
import static vn.thidua.standalone.Steps.individual;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import vn.thidua.platform.test.ApiClient.Answer;

/**
 * Seed 001 over HTTP, up the sector line Phòng LĐTBXH Vị Xuyên → Sở LĐTBXH Hà Giang → Bộ LĐTBXH → the national
 * level: the Sở decides its Giấy khen itself (D1); a Bằng khen of the Ministry goes up two hops and is approved by
 * the Ministry into a numbered decision (P1-P3, D2); a Labour Order goes on to the national level; a dossier is
 * returned for supplementation and resubmitted (P3, P4); a nominee cannot be proposed twice (P7).
 */
class Seed001ProposalTest extends OneAppTest {

    @Test
    @Order(1)
    void the_ministry_the_department_and_the_district_office_cascade_their_plans() {
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
    }

    @Test
    @Order(2)
    void the_department_decides_its_certificate_of_merit_itself() {
        steps.register("so-ldtbxh-ha-giang", "so-hg-2022", "dk-vi-xuyen", Steps.collective("phong-ldtbxh-vi-xuyen"));
        steps.finalReview("so-ldtbxh-ha-giang", "so-hg-2022", "tk-2025", 2025, "GOOD", "CERTIFICATE_OF_MERIT",
                List.of("dk-vi-xuyen"));

        Answer proposal = steps.propose("so-ldtbxh-ha-giang", "p-giay-khen", "so-hg-2022", "tk-2025", "dk-vi-xuyen",
                "CERTIFICATE_OF_MERIT");
        assertThat(proposal.status()).isEqualTo(409);
        assertThat(proposal.rule()).isEqualTo("P1");

        Answer decision = expect(201, steps.decide("so-ldtbxh-ha-giang", "qd-so-2025-1", "so-hg-2022", "tk-2025",
                "CERTIFICATE_OF_MERIT", List.of("dk-vi-xuyen")));
        assertThat(decision.json().path("decisionNumber").asString()).isEqualTo("1/QĐ-SLĐTBXH");
        assertThat(decision.json().path("grants").size()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void the_district_office_names_its_nominees() {
        steps.viXuyenCadres();
        steps.register("phong-ldtbxh-vi-xuyen", "vx-2022", "dk-an", individual("vx-hoang-van-an"));
        steps.register("phong-ldtbxh-vi-xuyen", "vx-2022", "dk-binh", individual("vx-le-thi-binh"));
        steps.register("phong-ldtbxh-vi-xuyen", "vx-2022", "dk-cuc", individual("vx-vang-thi-cuc"));

        ApiClientSteps district = new ApiClientSteps("phong-ldtbxh-vi-xuyen", "vx-2022");
        district.post("/reviews", "{\"reviewId\": \"tk-2025\", \"kind\": \"FINAL\", \"year\": 2025}", 201);
        for (String registration : List.of("dk-an", "dk-binh", "dk-cuc")) {
            district.post("/reviews/tk-2025/evaluations",
                    "{\"registrationId\": \"" + registration + "\", \"rating\": \"EXCELLENT\"}", 200);
        }
        district.post("/reviews/tk-2025/conclude", """
                {"nominees": [{"registrationId": "dk-an", "awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION"},
                              {"registrationId": "dk-cuc", "awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION"},
                              {"registrationId": "dk-binh", "awardType": "LABOUR_ORDER_3"}]}""", 200);
    }

    @Test
    @Order(4)
    void a_ministry_commendation_goes_up_two_hops_and_the_ministry_approves_it() {
        Answer submitted = expect(201, steps.propose("phong-ldtbxh-vi-xuyen", "p-bk-an", "vx-2022", "tk-2025", "dk-an",
                "MINISTERIAL_OR_PROVINCIAL_COMMENDATION"));
        assertThat(submitted.header("Location")).isEqualTo("/api/proposals/p-bk-an");
        assertThat(submitted.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(submitted.json().path("pendingAt").asString()).isEqualTo("so-ldtbxh-ha-giang");
        assertThat(submitted.json().path("participant").path("personId").asString()).isEqualTo("vx-hoang-van-an");

        Answer notDeciding = steps.approve("so-ldtbxh-ha-giang", "p-bk-an", "qd-so-x");
        assertThat(notDeciding.status()).isEqualTo(409);
        assertThat(notDeciding.rule()).isEqualTo("P3");
        Answer notPendingThere = steps.forward("bo-ldtbxh", "p-bk-an");
        assertThat(notPendingThere.status()).isEqualTo(403);
        assertThat(notPendingThere.rule()).isEqualTo("P2");

        Answer forwarded = expect(200, steps.forward("so-ldtbxh-ha-giang", "p-bk-an"));
        assertThat(forwarded.json().path("pendingAt").asString()).isEqualTo("bo-ldtbxh");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(app.as("bo-ldtbxh").get("/api/units/bo-ldtbxh/inbox").body()).contains("p-bk-an"));
        Answer approved = expect(200, steps.approve("bo-ldtbxh", "p-bk-an", "qd-bo-2025-1"));
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().path("decisionId").asString()).isEqualTo("qd-bo-2025-1");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Answer tracker = app.as("phong-ldtbxh-vi-xuyen").get("/api/proposals/p-bk-an");
            assertThat(tracker.json().path("proposal").path("status").asString()).isEqualTo("APPROVED");
            List<String> route = new ArrayList<>();
            tracker.json().path("route").forEach(hop -> route.add(hop.path("action").asString() + " "
                    + hop.path("fromUnit").asString() + " " + hop.path("actor").asString()));
            assertThat(route).containsExactly(
                    "SUBMITTED phong-ldtbxh-vi-xuyen phong-ldtbxh-vi-xuyen",
                    "FORWARDED so-ldtbxh-ha-giang so-ldtbxh-ha-giang",
                    "APPROVED bo-ldtbxh bo-ldtbxh");
        });
        assertThat(app.as("bo-ldtbxh").get("/api/units/bo-ldtbxh/inbox").body()).doesNotContain("p-bk-an");
        assertThat(app.as("phong-ldtbxh-bac-quang").get("/api/proposals/p-bk-an").status()).isEqualTo(403);
        assertThat(app.as("phong-ldtbxh-vi-xuyen").get("/api/units/so-ldtbxh-ha-giang/inbox").status()).isEqualTo(403);

        Answer again = steps.propose("phong-ldtbxh-vi-xuyen", "p-bk-an-2", "vx-2022", "tk-2025", "dk-an",
                "MINISTERIAL_OR_PROVINCIAL_COMMENDATION");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.rule()).isEqualTo("P7");
    }

    @Test
    @Order(5)
    void a_returned_dossier_is_supplemented_and_forwarded_again() {
        expect(201, steps.propose("phong-ldtbxh-vi-xuyen", "p-bk-cuc", "vx-2022", "tk-2025", "dk-cuc",
                "MINISTERIAL_OR_PROVINCIAL_COMMENDATION"));
        Answer returned = expect(200, app.as("so-ldtbxh-ha-giang").post("/api/proposals/p-bk-cuc/return", """
                {"reason": "Báo cáo thành tích chưa có xác nhận của thủ trưởng đơn vị",
                 "missingItems": ["Báo cáo thành tích có xác nhận"]}"""));
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().path("pendingAt").asString()).isEqualTo("phong-ldtbxh-vi-xuyen");
        assertThat(steps.forward("so-ldtbxh-ha-giang", "p-bk-cuc").rule()).isEqualTo("P3");

        Answer resubmitted = expect(200, app.as("phong-ldtbxh-vi-xuyen").post("/api/proposals/p-bk-cuc/resubmit",
                "{\"dossier\": " + Steps.DOSSIER.replace("Báo cáo thành tích", "Báo cáo thành tích có xác nhận")
                        + ", \"remarks\": \"Đã bổ sung\"}"));
        assertThat(resubmitted.json().path("pendingAt").asString()).isEqualTo("so-ldtbxh-ha-giang");

        expect(200, steps.forward("so-ldtbxh-ha-giang", "p-bk-cuc"));
    }

    @Test
    @Order(6)
    void D2_a_grant_joins_only_a_decision_of_the_approving_unit() {
        Answer foreign = steps.approve("bo-ldtbxh", "p-bk-cuc", "qd-so-2025-1");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(409);
        assertThat(foreign.rule()).isEqualTo("D2");
        assertThat(foreign.json().path("detail").asString()).contains("belongs to so-ldtbxh-ha-giang");

        Answer joined = expect(200, steps.approve("bo-ldtbxh", "p-bk-cuc", "qd-bo-2025-1"));
        assertThat(joined.json().path("decisionId").asString()).isEqualTo("qd-bo-2025-1");
    }

    @Test
    @Order(7)
    void a_labour_order_goes_on_to_the_national_level() {
        expect(201, steps.propose("phong-ldtbxh-vi-xuyen", "p-hcld-binh", "vx-2022", "tk-2025", "dk-binh", "LABOUR_ORDER_3"));
        expect(200, steps.forward("so-ldtbxh-ha-giang", "p-hcld-binh"));
        Answer atMinistry = expect(200, steps.forward("bo-ldtbxh", "p-hcld-binh"));
        assertThat(atMinistry.json().path("pendingAt").asString()).isEqualTo("trung-uong");
        Answer approved = expect(200, steps.approve("trung-uong", "p-hcld-binh", "qd-ctn-2025-1"));
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");

        Answer finalState = steps.forward("trung-uong", "p-hcld-binh");
        assertThat(finalState.status()).isEqualTo(409);
        assertThat(finalState.rule()).isEqualTo("P5");
    }

    @Test
    @Order(8)
    void D1_a_unit_decides_directly_only_awards_within_its_authority() {
        Answer refused = steps.decide("phong-ldtbxh-vi-xuyen", "qd-vx-2025-1", "vx-2022", "tk-2025",
                "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", List.of("dk-an"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.rule()).isEqualTo("D1");
        assertThat(refused.json().path("detail").asString()).contains("does not decide MINISTERIAL_OR_PROVINCIAL_COMMENDATION");
    }

    @Test
    @Order(9)
    void D1_only_the_unit_whose_review_named_the_nominee_decides() {
        Answer refused = steps.decide("bo-ldtbxh", "qd-bo-2025-9", "so-hg-2022", "tk-2025", "CERTIFICATE_OF_MERIT",
                List.of("dk-vi-xuyen"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.rule()).isEqualTo("D1");
    }

    @Test
    @Order(10)
    void D1_a_direct_decision_is_only_for_a_nominee_of_the_concluded_review() {
        Answer refused = steps.decide("so-ldtbxh-ha-giang", "qd-so-2025-2", "so-hg-2022", "tk-2025", "ADVANCED_COLLECTIVE",
                List.of("dk-vi-xuyen"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.rule()).isEqualTo("D1");
        assertThat(refused.json().path("detail").asString()).contains("was not named for ADVANCED_COLLECTIVE");
    }

    /** The district office's own calls on its plan. */
    private final class ApiClientSteps {
        private final String user;
        private final String campaignId;

        ApiClientSteps(String user, String campaignId) {
            this.user = user;
            this.campaignId = campaignId;
        }

        void post(String path, String body, int status) {
            expect(status, app.as(user).post("/api/campaigns/" + campaignId + path, body));
        }
    }
}
