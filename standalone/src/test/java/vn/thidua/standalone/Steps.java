package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * The steps end-to-end tests take over HTTP, in the words of the domain, each asserting that it was accepted. The
 * JSON is the API's own; a step that is expected to be refused is sent with {@link ApiClient} directly.
 */
final class Steps {

    private final AppUnderTest app;

    Steps(AppUnderTest app) {
        this.app = app;
    }

    static final String VOTE = "{\"inFavour\": 7, \"present\": 8, \"total\": 9, \"secretBallot\": false}";
    static final String DOSSIER = """
            [{"kind": "SUBMISSION", "reference": "Tờ trình số 12/TTr"},
             {"kind": "ACHIEVEMENT_REPORT", "reference": "Báo cáo thành tích"},
             {"kind": "COUNCIL_MINUTES", "reference": "Biên bản họp Hội đồng TĐKT"}]""";

    /** A plan with both target kinds, a final review in its last year and the given awards. */
    Answer launch(String user, String campaignId, String issuer, String planNumber, String parentId, int fromYear,
                  int toYear, String awardPlanJson) {
        return expect(201, app.as(user).post("/api/campaigns", """
                {"campaignId": "%s", "issuerId": "%s", "planNumber": "%s", "title": "Kế hoạch thi đua %s",
                 "period": {"from": "%d-01-01", "to": "%d-12-31"}, %s
                 "targets": [
                   {"kind": "COLLECTIVE", "theme": "Cơ quan văn minh, hiện đại, xanh, sạch, đẹp",
                    "criteria": [{"code": "VH", "description": "Thực hiện văn hóa công sở"}]},
                   {"kind": "INDIVIDUAL", "theme": "Kỷ cương, trách nhiệm, tận tụy, chuyên nghiệp",
                    "criteria": [{"code": "KC", "description": "Chấp hành kỷ cương, kỷ luật hành chính"}]}],
                 "awardPlan": %s,
                 "schedule": [{"kind": "FINAL", "year": %d}],
                 "legalBases": ["Quyết định số 733/QĐ-TTg"]}""".formatted(campaignId, issuer, planNumber, planNumber,
                fromYear, toYear, parentId == null ? "" : "\"parentCampaignId\": \"" + parentId + "\",", awardPlanJson,
                toYear)));
    }

    void unit(String user, String unitId, String name, String level, String kind, String parentId, String category) {
        expect(201, app.as(user).post("/api/units", """
                {"unitId": "%s", "name": "%s", "abbreviation": "CĐCS", "level": "%s", "kind": "%s", "parentId": "%s"%s}"""
                .formatted(unitId, name, level, kind, parentId, category == null ? "" : ", \"category\": \"" + category + "\"")));
    }

    void person(String user, String personId, String name, String unitId) {
        expect(201, app.as(user).post("/api/persons", """
                {"personId": "%s", "fullName": "%s", "unitId": "%s"}""".formatted(personId, name, unitId)));
    }

    /** Earlier years of a nominee's record: {@code awardsJson} and {@code ratingsJson} are JSON arrays. */
    void history(String user, String participantJson, String ratingsJson, String awardsJson) {
        expect(200, app.as(user).post("/api/achievements", """
                {"participant": %s, "ratings": %s, "awards": %s}""".formatted(participantJson, ratingsJson, awardsJson)));
    }

    /**
     * Seed 001's three cadres of Phòng LĐTBXH Vị Xuyên with their records: Hoàng Văn An and Vàng Thị Cúc with two
     * grassroots titles (a Bằng khen route), Lê Thị Bình with a Prime Minister's commendation and the years after it
     * (a Labour Order route).
     */
    void viXuyenCadres() {
        person("phong-ldtbxh-vi-xuyen", "vx-hoang-van-an", "Hoàng Văn An", "phong-ldtbxh-vi-xuyen");
        person("phong-ldtbxh-vi-xuyen", "vx-le-thi-binh", "Lê Thị Bình", "phong-ldtbxh-vi-xuyen");
        person("phong-ldtbxh-vi-xuyen", "vx-vang-thi-cuc", "Vàng Thị Cúc", "phong-ldtbxh-vi-xuyen");
        String twoGrassrootsTitles = """
                [{"year": 2023, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "45/QĐ-SLĐTBXH"},
                 {"year": 2024, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "51/QĐ-SLĐTBXH"}]""";
        history("phong-ldtbxh-vi-xuyen", individual("vx-hoang-van-an"), "[]", twoGrassrootsTitles);
        history("phong-ldtbxh-vi-xuyen", individual("vx-vang-thi-cuc"), "[]", twoGrassrootsTitles);
        history("phong-ldtbxh-vi-xuyen", individual("vx-le-thi-binh"), """
                [{"year": 2018, "rating": "GOOD"}, {"year": 2019, "rating": "GOOD"}, {"year": 2020, "rating": "GOOD"},
                 {"year": 2021, "rating": "GOOD"}, {"year": 2022, "rating": "EXCELLENT"}, {"year": 2023, "rating": "GOOD"},
                 {"year": 2024, "rating": "GOOD"}]""", """
                [{"year": 2017, "awardType": "PRIME_MINISTER_COMMENDATION", "decisionNumber": "1234/QĐ-TTg"},
                 {"year": 2019, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "30/QĐ-SLĐTBXH"},
                 {"year": 2020, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "28/QĐ-SLĐTBXH"},
                 {"year": 2021, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "33/QĐ-SLĐTBXH"}]""");
    }

    void register(String user, String campaignId, String registrationId, String participantJson) {
        expect(201, app.as(user).post("/api/campaigns/" + campaignId + "/registrations", """
                {"registrationId": "%s", "participant": %s, "commitments": ["Hoàn thành xuất sắc nhiệm vụ"]}"""
                .formatted(registrationId, participantJson)));
    }

    /** Opens the final review of {@code year}, rates each registration, and names each for {@code awardType}. */
    void finalReview(String user, String campaignId, String reviewId, int year, String rating, String awardType,
                     List<String> registrationIds) {
        expect(201, app.as(user).post("/api/campaigns/" + campaignId + "/reviews",
                "{\"reviewId\": \"%s\", \"kind\": \"FINAL\", \"year\": %d}".formatted(reviewId, year)));
        for (String registrationId : registrationIds) {
            expect(200, app.as(user).post("/api/campaigns/" + campaignId + "/reviews/" + reviewId + "/evaluations",
                    "{\"registrationId\": \"%s\", \"rating\": \"%s\"}".formatted(registrationId, rating)));
        }
        String nominees = registrationIds.stream()
                .map(id -> "{\"registrationId\": \"%s\", \"awardType\": \"%s\"}".formatted(id, awardType))
                .collect(Collectors.joining(", ", "[", "]"));
        expect(200, app.as(user).post("/api/campaigns/" + campaignId + "/reviews/" + reviewId + "/conclude",
                "{\"nominees\": " + nominees + "}"));
    }

    Answer propose(String user, String proposalId, String campaignId, String reviewId, String registrationId,
                   String awardType) {
        return app.as(user).post("/api/proposals", """
                {"proposalId": "%s", "campaignId": "%s", "reviewId": "%s", "registrationId": "%s", "awardType": "%s",
                 "dossier": %s, "vote": %s}""".formatted(proposalId, campaignId, reviewId, registrationId, awardType,
                DOSSIER, VOTE));
    }

    Answer forward(String user, String proposalId) {
        return app.as(user).post("/api/proposals/" + proposalId + "/forward", "{\"vote\": " + VOTE + "}");
    }

    Answer approve(String user, String proposalId, String decisionId) {
        return app.as(user).post("/api/proposals/" + proposalId + "/approve",
                "{\"decisionId\": \"%s\", \"vote\": %s}".formatted(decisionId, VOTE));
    }

    Answer decide(String user, String decisionId, String campaignId, String reviewId, String awardType,
                  List<String> registrationIds) {
        String grants = registrationIds.stream()
                .map(id -> "{\"registrationId\": \"%s\", \"awardType\": \"%s\"}".formatted(id, awardType))
                .collect(Collectors.joining(", ", "[", "]"));
        return app.as(user).post("/api/decisions", """
                {"decisionId": "%s", "campaignId": "%s", "reviewId": "%s", "grants": %s}"""
                .formatted(decisionId, campaignId, reviewId, grants));
    }

    /**
     * A Labour Order proposal for a cadre of {@code proposer} with the record Art. 44 asks for, through the
     * proposer's own 2025 plan ({@code kh-<proposer>}, registration {@code dk-<proposer>}, review {@code tk-2025}),
     * left pending at the proposer's parent.
     */
    void labourOrderProposal(String proposer, String proposalId) {
        String campaign = "kh-" + proposer;
        String person = "cb-" + proposer;
        expect(201, app.as(proposer).post("/api/campaigns", labourOrderPlan(campaign, proposer, "01/KH-" + proposer)));
        person(proposer, person, "Lò Văn Nam", proposer);
        history(proposer, individual(person), """
                [{"year": 2018, "rating": "GOOD"}, {"year": 2019, "rating": "GOOD"}, {"year": 2020, "rating": "GOOD"},
                 {"year": 2021, "rating": "GOOD"}, {"year": 2022, "rating": "EXCELLENT"}, {"year": 2023, "rating": "GOOD"},
                 {"year": 2024, "rating": "GOOD"}]""", """
                [{"year": 2017, "awardType": "PRIME_MINISTER_COMMENDATION", "decisionNumber": "1234/QĐ-TTg"},
                 {"year": 2019, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "30/QĐ-LĐLĐ"},
                 {"year": 2020, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "28/QĐ-LĐLĐ"},
                 {"year": 2021, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "33/QĐ-LĐLĐ"}]""");
        register(proposer, campaign, "dk-" + proposer, individual(person));
        finalReview(proposer, campaign, "tk-2025", 2025, "EXCELLENT", "LABOUR_ORDER_3", List.of("dk-" + proposer));
        expect(201, propose(proposer, proposalId, campaign, "tk-2025", "dk-" + proposer, "LABOUR_ORDER_3"));
    }

    /** A 2025 plan for individuals that proposes Labour Orders, with its final review in 2025. */
    static String labourOrderPlan(String campaignId, String issuer, String planNumber) {
        return """
                {"campaignId": "%s", "issuerId": "%s", "planNumber": "%s", "title": "Kế hoạch thi đua",
                 "period": {"from": "2025-01-01", "to": "2025-12-31"},
                 "targets": [{"kind": "INDIVIDUAL", "theme": "Lao động giỏi",
                              "criteria": [{"code": "KC", "description": "Chấp hành kỷ cương"}]}],
                 "awardPlan": [{"awardType": "LABOUR_ORDER_3", "targetKind": "INDIVIDUAL"}],
                 "schedule": [{"kind": "FINAL", "year": 2025}], "legalBases": ["Quyết định số 733/QĐ-TTg"]}"""
                .formatted(campaignId, issuer, planNumber);
    }

    static String collective(String unitId) {
        return "{\"kind\": \"COLLECTIVE\", \"unitId\": \"" + unitId + "\"}";
    }

    static String individual(String personId) {
        return "{\"kind\": \"INDIVIDUAL\", \"personId\": \"" + personId + "\"}";
    }

    static Answer expect(int status, Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer;
    }
}
