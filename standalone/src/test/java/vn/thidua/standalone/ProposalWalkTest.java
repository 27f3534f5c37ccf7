package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.standalone.Steps.expect;
import static vn.thidua.standalone.Steps.individual;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import vn.thidua.platform.test.ApiClient.Answer;
import vn.thidua.platform.test.ApiClient.Download;

/**
 * One proposal walked over HTTP from a commune-level trade union to the national level (cơ sở → huyện → tỉnh → Tổng
 * Liên đoàn → Nhà nước), reading every view right after each step with no waiting: each unit's inbox and outbox,
 * the tracker's route, the register entry and its CSV/XLSX export, and the audit log's who, which unit and when.
 */
abstract class ProposalWalkTest {

    private static final String COMMUNE = "cd-ubnd-tam-duong";
    private static final String DISTRICT = "ldld-tam-duong";
    private static final String PROVINCE = "ldld-lai-chau";
    private static final String MINISTRY = "tong-ldld";
    private static final String NATIONAL = "trung-uong";
    private static final List<String> ROUTE = List.of(COMMUNE, DISTRICT, PROVINCE, MINISTRY, NATIONAL);
    private static final String PROPOSAL = "p-ld3-lo-thi-mai";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void a_labour_order_goes_from_the_commune_to_the_national_level_and_every_view_follows_it(@TempDir Path data) {
        try (TestStore store = store(data); AppUnderTest app = start(store)) {
            Steps steps = new Steps(app);
            Instant start = Instant.now();
            nominate(steps);

            expect(201, steps.propose(COMMUNE, PROPOSAL, "cd-td-walk", "tk-2025", "dk-mai", "LABOUR_ORDER_3"));
            assertPendingAt(app, DISTRICT, List.of(COMMUNE));
            for (int hop = 1; hop < ROUTE.size() - 1; hop++) {
                expect(200, steps.forward(ROUTE.get(hop), PROPOSAL));
                assertPendingAt(app, ROUTE.get(hop + 1), ROUTE.subList(0, hop + 1));
            }
            Answer approved = expect(200, steps.approve(NATIONAL, PROPOSAL, "qd-ttg-walk"));
            assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
            for (String unit : ROUTE) {
                assertThat(ids(app.as(unit).get("/api/units/" + unit + "/inbox"))).doesNotContain(PROPOSAL);
                assertThat(ids(app.as(unit).get("/api/units/" + unit + "/outbox"))).doesNotContain(PROPOSAL);
            }

            JsonNode tracker = expect(200, app.as(COMMUNE).get("/api/proposals/" + PROPOSAL)).json();
            List<String> route = new ArrayList<>();
            tracker.path("route").forEach(hop -> route.add(hop.path("action").asString() + " " + hop.path("fromUnit").asString()
                    + " -> " + hop.path("toUnit").asString("") + " by " + hop.path("actor").asString()));
            assertThat(route).containsExactly(
                    "SUBMITTED cd-ubnd-tam-duong -> ldld-tam-duong by cd-ubnd-tam-duong",
                    "FORWARDED ldld-tam-duong -> ldld-lai-chau by ldld-tam-duong",
                    "FORWARDED ldld-lai-chau -> tong-ldld by ldld-lai-chau",
                    "FORWARDED tong-ldld -> trung-uong by tong-ldld",
                    "APPROVED trung-uong ->  by trung-uong");

            JsonNode register = expect(200, app.as(COMMUNE).get("/api/awards?person=td-lo-thi-mai")).json();
            assertThat(register.path("items").size()).isEqualTo(1);
            JsonNode grant = register.path("items").path(0);
            assertThat(grant.path("decisionNumber").asString()).isEqualTo("1/QĐ-TTg");
            assertThat(grant.path("awardType").asString()).isEqualTo("LABOUR_ORDER_3");
            assertThat(grant.path("personName").asString()).isEqualTo("Lò Thị Mai");
            assertThat(grant.path("unitName").asString()).isEqualTo("Công đoàn cơ quan Ủy ban nhân dân huyện Tam Đường");

            Download csv = app.as(COMMUNE).download("/api/awards?person=td-lo-thi-mai", "text/csv");
            List<List<String>> rows = Exports.parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1)).contains("1/QĐ-TTg", "LABOUR_ORDER_3", "Lò Thị Mai", "td-lo-thi-mai");
            Download xlsx = app.as(COMMUNE).download("/api/awards?person=td-lo-thi-mai", XLSX);
            assertThat(Exports.xlsxRows(xlsx.body(), rows.get(0).size())).isEqualTo(rows);

            List<String> history = new ArrayList<>();
            JsonNode audit = expect(200, app.as("kiem-tra-trung-uong").get("/api/audit?aggregate=" + PROPOSAL)).json();
            audit.path("items").forEach(entry -> {
                assertThat(Instant.parse(entry.path("timestamp").asString())).isBetween(start, Instant.now());
                assertThat(entry.path("correlationId").asString()).isNotBlank();
                history.add(entry.path("type").asString() + " by " + entry.path("actor").asString() + " for "
                        + entry.path("actorUnit").asString());
            });
            assertThat(history).containsExactly(
                    "ProposalApproved by trung-uong for trung-uong",
                    "ProposalForwarded by tong-ldld for tong-ldld",
                    "ProposalForwarded by ldld-lai-chau for ldld-lai-chau",
                    "ProposalForwarded by ldld-tam-duong for ldld-tam-duong",
                    "ProposalSubmitted by cd-ubnd-tam-duong for cd-ubnd-tam-duong");
            JsonNode decision = expect(200, app.as("kiem-tra-trung-uong").get("/api/audit?aggregate=qd-ttg-walk")).json();
            List<String> decided = new ArrayList<>();
            decision.path("items").forEach(entry -> decided.add(entry.path("type").asString() + " for "
                    + entry.path("actorUnit").asString()));
            assertThat(decided).containsExactly("AwardGranted for trung-uong", "DecisionIssued for trung-uong");
        }
    }

    abstract TestStore store(Path data);

    AppUnderTest start(TestStore store) {
        return RunningApp.start(store.properties());
    }

    /** Lò Thị Mai: a Prime Minister's commendation in 2017, then the years Art. 44 asks for. */
    private static void nominate(Steps steps) {
        steps.launch(COMMUNE, "cd-td-walk", COMMUNE, "09/KH-CĐCS", null, 2025, 2025, """
                [{"awardType": "LABOUR_ORDER_3", "targetKind": "INDIVIDUAL"}]""");
        steps.person(COMMUNE, "td-lo-thi-mai", "Lò Thị Mai", COMMUNE);
        steps.history(COMMUNE, individual("td-lo-thi-mai"), """
                [{"year": 2018, "rating": "GOOD"}, {"year": 2019, "rating": "GOOD"}, {"year": 2020, "rating": "GOOD"},
                 {"year": 2021, "rating": "GOOD"}, {"year": 2022, "rating": "EXCELLENT"}, {"year": 2023, "rating": "GOOD"},
                 {"year": 2024, "rating": "GOOD"}]""", """
                [{"year": 2017, "awardType": "PRIME_MINISTER_COMMENDATION", "decisionNumber": "1234/QĐ-TTg"},
                 {"year": 2019, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "30/QĐ-LĐLĐ"},
                 {"year": 2020, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "28/QĐ-LĐLĐ"},
                 {"year": 2021, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "33/QĐ-LĐLĐ"}]""");
        steps.register(COMMUNE, "cd-td-walk", "dk-mai", individual("td-lo-thi-mai"));
        steps.finalReview(COMMUNE, "cd-td-walk", "tk-2025", 2025, "EXCELLENT", "LABOUR_ORDER_3", List.of("dk-mai"));
    }

    /** Right after a hop: in the inbox of {@code holder} only, in the outbox of every unit that sent it on. */
    private static void assertPendingAt(AppUnderTest app, String holder, List<String> senders) {
        for (String unit : ROUTE) {
            assertThat(ids(app.as(unit).get("/api/units/" + unit + "/inbox")))
                    .as("inbox of " + unit).containsExactlyElementsOf(unit.equals(holder) ? List.of(PROPOSAL) : List.of());
            assertThat(ids(app.as(unit).get("/api/units/" + unit + "/outbox")))
                    .as("outbox of " + unit).containsExactlyElementsOf(senders.contains(unit) ? List.of(PROPOSAL) : List.of());
        }
    }

    private static List<String> ids(Answer page) {
        List<String> ids = new ArrayList<>();
        expect(200, page).json().path("items").forEach(item -> ids.add(item.path("proposalId").asString()));
        return ids;
    }
}
