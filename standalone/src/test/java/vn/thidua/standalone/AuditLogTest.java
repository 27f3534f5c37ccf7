package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * The audit log (DESIGN §6) after real commands: each event with its type, aggregate, sequence, time, actor, unit,
 * the request's correlation id and its payload; filters; paging newest first; a unit sees its subtree's events,
 * an auditor everything, the system's own events included; nothing can change the log.
 */
abstract class AuditLogTest extends OneAppTest {

    private static final String PROVINCE = "ubnd-tinh-gia-lai";
    private static final String COMMUNE = "ubnd-xa-lo-ku";
    private static final String UNION = "ldld-lai-chau";
    /** The national auditor: a ministry's auditor sees its sector tree only. */
    private static final String AUDITOR = "kiem-tra-trung-uong";
    private static final String NEW_COMMUNE = "ubnd-xa-dak-rong";
    /** The system creates the demo hierarchy on the first start: one OrgUnitCreated per unit, actor unit _system. */
    private static final int DEMO_UNITS = 19;

    private ApiClient auditor;
    private Instant beforeUnit;
    private Instant betweenCommands;
    private String unitCorrelation;
    private String campaignCorrelation;

    @BeforeAll
    void history() throws InterruptedException {
        auditor = app.as(AUDITOR);

        beforeUnit = Instant.now();
        Answer created = expect(201, app.as(PROVINCE).post("/api/units", """
                {"unitId": "%s", "name": "Ủy ban nhân dân xã Đak Rong", "abbreviation": "UBND", "level": "COMMUNE",
                 "kind": "PEOPLES_COMMITTEE", "parentId": "ubnd-huyen-kbang"}""".formatted(NEW_COMMUNE)));
        unitCorrelation = created.header("X-Correlation-Id");
        Thread.sleep(20);
        betweenCommands = Instant.now();
        Thread.sleep(20);
        Answer launched = steps.launch(UNION, "ldld-lc-audit", UNION, "21/KH-LĐLĐ", null, 2025, 2025, """
                [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "INDIVIDUAL"}]""");
        campaignCorrelation = launched.header("X-Correlation-Id");
        steps.person(COMMUNE, "lk-dinh-thi-hoa", "Đinh Thị Hoa", COMMUNE);
    }

    @Test
    @Order(1)
    void every_event_shows_type_aggregate_sequence_time_actor_unit_correlation_and_payload() {
        JsonNode unit = await().atMost(Duration.ofSeconds(20)).until(
                () -> items(auditor.get("/api/audit?aggregate=" + NEW_COMMUNE)), list -> list.size() == 1).get(0);
        assertThat(unit.path("type").asString()).isEqualTo("OrgUnitCreated");
        assertThat(unit.path("aggregateType").asString()).isEqualTo("OrgUnit");
        assertThat(unit.path("aggregateId").asString()).isEqualTo(NEW_COMMUNE);
        assertThat(unit.path("sequence").asLong()).isZero();
        assertThat(Instant.parse(unit.path("timestamp").asString())).isBetween(beforeUnit, betweenCommands);
        assertThat(unit.path("actor").asString()).isEqualTo(PROVINCE);
        assertThat(unit.path("actorUnit").asString()).isEqualTo(PROVINCE);
        assertThat(unitCorrelation).isNotBlank();
        assertThat(unit.path("correlationId").asString()).isEqualTo(unitCorrelation);
        assertThat(unit.path("payload").asString()).contains("\"unitId\":\"" + NEW_COMMUNE + "\"", "Đak Rong");
        assertThat(unit.path("eventId").asString()).isNotBlank();

        JsonNode campaign = await().atMost(Duration.ofSeconds(20)).until(
                () -> items(auditor.get("/api/audit?aggregate=ldld-lc-audit")), list -> list.size() == 1).get(0);
        assertThat(campaign.path("type").asString()).isEqualTo("CampaignLaunched");
        assertThat(campaign.path("aggregateType").asString()).isEqualTo("Campaign");
        assertThat(campaign.path("sequence").asLong()).isZero();
        assertThat(campaign.path("actor").asString()).isEqualTo(UNION);
        assertThat(campaign.path("actorUnit").asString()).isEqualTo(UNION);
        assertThat(campaign.path("correlationId").asString()).isEqualTo(campaignCorrelation);
        assertThat(campaign.path("payload").asString()).contains("\"planNumber\":\"21/KH-LĐLĐ\"");
        assertThat(campaign.path("globalIndex").asLong()).isGreaterThan(unit.path("globalIndex").asLong());
    }

    @Test
    @Order(2)
    void filters_by_type_actor_unit_subtree_and_time() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(aggregates(auditor.get("/api/audit?type=PersonRegistered"))).contains("lk-dinh-thi-hoa"));

        List<JsonNode> launches = items(auditor.get("/api/audit?type=CampaignLaunched"));
        assertThat(launches).extracting(e -> e.path("type").asString()).containsOnly("CampaignLaunched");
        assertThat(launches).extracting(e -> e.path("aggregateId").asString()).contains("ldld-lc-audit");

        assertThat(items(auditor.get("/api/audit?actor=" + UNION)))
                .extracting(e -> e.path("actor").asString()).containsOnly(UNION);

        // the province's subtree holds the province's own act and the commune's below it, not the union's
        assertThat(aggregates(auditor.get("/api/audit?unit=" + PROVINCE)))
                .contains(NEW_COMMUNE, "lk-dinh-thi-hoa").doesNotContain("ldld-lc-audit");
        assertThat(aggregates(auditor.get("/api/audit?unit=ubnd-huyen-kbang")))
                .contains("lk-dinh-thi-hoa").doesNotContain(NEW_COMMUNE, "ldld-lc-audit");
        assertThat(aggregates(auditor.get("/api/audit?unit=tong-ldld")))
                .contains("ldld-lc-audit").doesNotContain(NEW_COMMUNE, "lk-dinh-thi-hoa");

        assertThat(aggregates(auditor.get("/api/audit?size=500&from=" + beforeUnit + "&to=" + betweenCommands)))
                .contains(NEW_COMMUNE).doesNotContain("ldld-lc-audit", "lk-dinh-thi-hoa");
        assertThat(aggregates(auditor.get("/api/audit?size=500&from=" + betweenCommands)))
                .contains("ldld-lc-audit", "lk-dinh-thi-hoa").doesNotContain(NEW_COMMUNE);
        assertThat(auditor.get("/api/audit?from=" + betweenCommands + "&to=" + beforeUnit).status()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void pages_are_newest_first_without_overlap() {
        JsonNode first = auditor.get("/api/audit?size=5&page=0").json();
        JsonNode second = auditor.get("/api/audit?size=5&page=1").json();
        long total = first.path("totalItems").asLong();
        assertThat(total).isGreaterThanOrEqualTo(DEMO_UNITS + 3);
        assertThat(second.path("totalItems").asLong()).isEqualTo(total);
        List<Long> order = new ArrayList<>();
        first.path("items").forEach(e -> order.add(e.path("globalIndex").asLong()));
        second.path("items").forEach(e -> order.add(e.path("globalIndex").asLong()));
        assertThat(order).hasSize(10).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(items(auditor.get("/api/audit?size=500"))).hasSize((int) total);
    }

    @Test
    @Order(4)
    void a_unit_sees_its_subtree_and_an_auditor_everything_with_the_systems_events() {
        List<JsonNode> commune = items(app.as(COMMUNE).get("/api/audit?size=500"));
        assertThat(commune).extracting(e -> e.path("actorUnit").asString()).containsOnly(COMMUNE);
        assertThat(commune).extracting(e -> e.path("aggregateId").asString()).contains("lk-dinh-thi-hoa");

        List<JsonNode> province = items(app.as(PROVINCE).get("/api/audit?size=500"));
        assertThat(province).extracting(e -> e.path("actorUnit").asString()).containsOnly(PROVINCE, COMMUNE);

        List<JsonNode> everything = items(auditor.get("/api/audit?size=500"));
        assertThat(everything).extracting(e -> e.path("actorUnit").asString())
                .contains("_system", PROVINCE, COMMUNE, UNION);
        assertThat(everything).filteredOn(e -> e.path("actorUnit").asString().equals("_system"))
                .hasSize(DEMO_UNITS);
        assertThat(items(app.as("kiem-tra-bo-ldtbxh").get("/api/audit?size=500")))
                .extracting(e -> e.path("actorUnit").asString()).doesNotContain("_system", PROVINCE, COMMUNE, UNION);

        Answer outside = app.as(COMMUNE).get("/api/audit?unit=" + PROVINCE);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.rule()).isEqualTo("SCOPE");
        Answer unknown = auditor.get("/api/audit?unit=ubnd-xa-khong-co");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.rule()).isEqualTo("U1");
    }

    @Test
    @Order(5)
    void nothing_changes_the_log() {
        int before = items(auditor.get("/api/audit?size=500")).size();
        assertThat(auditor.post("/api/audit", "{}").status()).isIn(403, 405);
        assertThat(auditor.send("PUT", "/api/audit", "{}").status()).isIn(403, 405);
        assertThat(auditor.send("DELETE", "/api/audit", "{}").status()).isIn(403, 405);
        assertThat(auditor.send("PATCH", "/api/audit", "{}").status()).isIn(403, 405);
        assertThat(items(auditor.get("/api/audit?size=500"))).hasSize(before);
    }

    private static List<JsonNode> items(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        answer.json().path("items").forEach(items::add);
        return items;
    }

    private static List<String> aggregates(Answer answer) {
        return items(answer).stream().map(e -> e.path("aggregateId").asString()).toList();
    }
}
