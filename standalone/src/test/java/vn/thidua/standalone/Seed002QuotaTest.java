package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.standalone.Steps.collective;
import static vn.thidua.standalone.Steps.expect;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import vn.thidua.platform.test.ApiClient.Answer;

/**
 * Seed 002's quota over HTTP (D3, D4): LĐLĐ tỉnh Lai Châu grants at most 10 Bằng khen to collectives, 4 of them
 * reserved for education unions. Six other collectives fill the rest; the seventh is refused naming used/limit;
 * an education union still fits; revoking one grant frees its slot for the seventh.
 */
class Seed002QuotaTest extends OneAppTest {

    private static final String PROVINCE = "ldld-lai-chau";
    private static final String BANG_KHEN = "MINISTERIAL_OR_PROVINCIAL_COMMENDATION";
    private static final List<String> OTHER_UNIONS = List.of("ldld-tp-lai-chau", "ldld-tam-duong", "cd-benh-vien-lai-chau",
            "cd-ubnd-tam-duong", "cd-kho-bac-tam-duong", "cd-thue-tam-duong", "cd-dien-luc-tam-duong");

    @Test
    @Order(1)
    void the_provincial_federation_rates_its_unions_and_names_them_for_its_bang_khen() {
        steps.unit(PROVINCE, "cd-kho-bac-tam-duong", "Công đoàn Kho bạc Nhà nước Tam Đường", "COMMUNE", "TRADE_UNION", "ldld-tam-duong", null);
        steps.unit(PROVINCE, "cd-thue-tam-duong", "Công đoàn Chi cục Thuế Tam Đường", "COMMUNE", "TRADE_UNION", "ldld-tam-duong", null);
        steps.unit(PROVINCE, "cd-dien-luc-tam-duong", "Công đoàn Điện lực Tam Đường", "COMMUNE", "TRADE_UNION", "ldld-tam-duong", null);
        steps.launch(PROVINCE, "ldld-lc-2019", PROVINCE, "117/KH-LĐLĐ", null, 2019, 2025, """
                [{"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "COLLECTIVE",
                  "quota": {"limit": 10, "reserved": [{"category": "EDUCATION", "count": 4}]}},
                 {"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "INDIVIDUAL",
                  "quota": {"limit": 15, "reserved": [{"category": "EDUCATION", "count": 6}]}}]""");
        List<String> registrations = new ArrayList<>();
        for (String union : unions()) {
            steps.history(PROVINCE, collective(union), "[{\"year\": 2024, \"rating\": \"EXCELLENT\"}]", "[]");
            steps.register(PROVINCE, "ldld-lc-2019", "dk-" + union, collective(union));
            registrations.add("dk-" + union);
        }
        steps.finalReview(PROVINCE, "ldld-lc-2019", "tk-2025", 2025, "EXCELLENT", BANG_KHEN, registrations);
    }

    @Test
    @Order(2)
    void six_other_collectives_take_the_unreserved_share() {
        Answer decision = expect(201, steps.decide(PROVINCE, "qd-lc-1", "ldld-lc-2019", "tk-2025", BANG_KHEN,
                OTHER_UNIONS.subList(0, 6).stream().map(u -> "dk-" + u).toList()));
        assertThat(decision.json().path("decisionNumber").asString()).isEqualTo("1/QĐ-LĐLĐ");
        assertThat(decision.json().path("grants").size()).isEqualTo(6);
    }

    @Test
    @Order(3)
    void D3_the_seventh_other_collective_is_refused_naming_used_and_limit() {
        long events = app.eventCount();
        Answer refused = steps.decide(PROVINCE, "qd-lc-2", "ldld-lc-2019", "tk-2025", BANG_KHEN,
                List.of("dk-cd-dien-luc-tam-duong"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.rule()).isEqualTo("D3");
        assertThat(refused.json().path("detail").asString()).contains("6 of 10", "4 reserved for EDUCATION", "the rest is reserved");
        assertThat(app.eventCount()).isEqualTo(events);
    }

    /** The refused decision of the step before took no number; an education union still fits its reserved share. */
    @Test
    @Order(4)
    void D2_a_refused_decision_leaves_no_gap_in_the_numbers() {
        Answer decision = expect(201, steps.decide(PROVINCE, "qd-lc-3", "ldld-lc-2019", "tk-2025", BANG_KHEN,
                List.of("dk-cd-th-tam-duong")));
        assertThat(decision.json().path("decisionNumber").asString()).isEqualTo("2/QĐ-LĐLĐ");
    }

    @Test
    @Order(5)
    void D4_revoking_a_grant_frees_its_slot() {
        Answer revoked = expect(200, app.as(PROVINCE).post("/api/decisions/qd-lc-1/grants/qd-lc-1-1/revoke",
                "{\"reason\": \"Thành tích không đúng thực tế (kết luận thanh tra)\"}"));
        assertThat(revoked.json().path("grants").get(0).path("revoked").asBoolean()).isTrue();

        Answer decision = expect(201, steps.decide(PROVINCE, "qd-lc-4", "ldld-lc-2019", "tk-2025", BANG_KHEN,
                List.of("dk-cd-dien-luc-tam-duong")));
        assertThat(decision.json().path("decisionNumber").asString()).isEqualTo("3/QĐ-LĐLĐ");

        Answer revokedAgain = app.as(PROVINCE).post("/api/decisions/qd-lc-1/grants/qd-lc-1-1/revoke", "{\"reason\": \"Lần hai\"}");
        assertThat(revokedAgain.rule()).isEqualTo("D4");
        Answer notIssuer = app.as("ldld-tam-duong").post("/api/decisions/qd-lc-1/revoke", "{\"reason\": \"Không có thẩm quyền\"}");
        assertThat(notIssuer.status()).isEqualTo(403);
    }

    private static List<String> unions() {
        List<String> all = new ArrayList<>(OTHER_UNIONS);
        all.add("cd-th-tam-duong");
        return all;
    }
}
