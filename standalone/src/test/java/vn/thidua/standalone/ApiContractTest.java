package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.RenameOrgUnit;
import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * The HTTP contract of DESIGN §8 as a caller meets it, run once per database: every error status answers problem
 * details naming a rule, and a refused request writes no event.
 */
abstract class ApiContractTest extends OneAppTest {

    private ApiClient commune;
    private ApiClient district;

    @BeforeAll
    void clients() {
        commune = app.as("ubnd-xa-lo-ku");
        district = app.as("ubnd-huyen-kbang");
    }

    @Test
    void units_list_shows_the_demo_hierarchy_within_the_callers_subtree() {
        ApiClient union = app.as("ldld-lai-chau");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ids(union.get("/api/units").json().path("items")))
                        .startsWith("ldld-lai-chau")
                        .contains("ldld-tam-duong", "cd-th-tam-duong", "cd-thpt-le-quy-don")
                        .doesNotContain("tong-ldld", "ubnd-xa-lo-ku"));
        Answer details = union.get("/api/units/cd-th-tam-duong");
        assertThat(details.status()).isEqualTo(200);
        assertThat(ids(details.json().path("ancestors"))).containsExactly("ldld-tam-duong", "ldld-lai-chau", "tong-ldld", "trung-uong");
        assertThat(details.json().path("unit").path("category").asString()).isEqualTo("EDUCATION");
    }

    @Test
    void created_unit_answers_201_with_location_and_state() {
        Answer created = district.post("/api/units", newCommune("xa-dak-rong"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/units/xa-dak-rong");
        assertThat(created.json().path("parentId").asString()).isEqualTo("ubnd-huyen-kbang");
        assertThat(created.json().path("authority").toString()).contains("CERTIFICATE_OF_MERIT", "ADVANCED_WORKER");
    }

    @Test
    void status_400_for_malformed_json_names_the_request_rule_and_writes_nothing() {
        assertRefused(() -> district.post("/api/units", "{\"unitId\": \"xa-a\", \"name\": "), 400, "REQUEST");
    }

    @Test
    void status_400_for_a_missing_field_names_the_field() {
        Answer answer = assertRefused(() -> district.post("/api/units",
                "{\"unitId\":\"xa-b\",\"name\":\"Xã B\",\"level\":\"COMMUNE\",\"kind\":\"PEOPLES_COMMITTEE\",\"parentId\":\"ubnd-huyen-kbang\"}"),
                400, "REQUEST");
        assertThat(answer.json().path("detail").asString()).contains("abbreviation");
    }

    @Test
    void status_400_for_an_unknown_enum_value() {
        assertRefused(() -> district.post("/api/units", newCommune("xa-c").replace("COMMUNE", "HAMLET")), 400, "REQUEST");
    }

    @Test
    void status_401_without_credentials() {
        Answer answer = assertRefused(() -> app.anonymous().post("/api/units", newCommune("xa-d")), 401, "AUTH");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(app.anonymous().get("/api/units").status()).isEqualTo(401);
        assertThat(app.anonymous().as("ubnd-xa-lo-ku", "wrong").get("/api/units").status()).isEqualTo(401);
    }

    @Test
    void status_403_when_acting_outside_your_subtree() {
        Answer answer = assertRefused(() -> commune.post("/api/units/ubnd-huyen-kbang/rename", "{\"name\":\"Huyện K\"}"), 403, "U2");
        assertThat(answer.json().path("detail").asString()).contains("ubnd-xa-lo-ku");
    }

    @Test
    void status_403_when_reading_outside_your_subtree() {
        assertThat(commune.get("/api/units/ldld-lai-chau").status()).isEqualTo(403);
    }

    @Test
    void status_403_for_a_role_without_the_right() {
        assertRefused(() -> app.as("phan-tich-bo-ldtbxh").post("/api/units", newCommune("xa-e")), 403, "ROLE");
    }

    @Test
    void status_404_for_an_unknown_unit() {
        assertRefused(() -> district.post("/api/units/khong-co/rename", "{\"name\":\"X\"}"), 404, "REQUEST");
        assertRefused(() -> district.post("/api/units", newCommune("xa-f").replace("\"ubnd-huyen-kbang\"", "\"khong-co\"")), 404, "U1");
    }

    @Test
    void status_409_for_a_broken_rule_names_it() {
        Answer answer = assertRefused(() -> district.post("/api/units", newCommune("xa-g").replace("COMMUNE", "DISTRICT")), 409, "U1");
        assertThat(answer.json().path("detail").asString()).contains("strictly higher", "DISTRICT");
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void status_409_for_an_id_already_taken() {
        assertThat(district.post("/api/units", newCommune("xa-h")).status()).isEqualTo(201);
        assertRefused(() -> district.post("/api/units", newCommune("xa-h")), 409, "ID_TAKEN");
    }

    @Test
    void A1_post_without_idempotency_key_is_refused() {
        assertRefused(() -> district.post("/api/units", newCommune("xa-i"), null), 400, "A1");
    }

    @Test
    void A1_same_key_and_body_twice_writes_one_event_and_answers_the_same() {
        String key = UUID.randomUUID().toString();
        long before = app.eventCount();
        Answer first = district.post("/api/units", newCommune("xa-j"), key);
        Answer second = district.post("/api/units", newCommune("xa-j"), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(app.eventCount()).isEqualTo(before + 1);
    }

    @Test
    void A1_a_refused_command_is_answered_the_same_when_repeated() {
        String key = UUID.randomUUID().toString();
        Answer first = district.post("/api/units", newCommune("xa-k").replace("COMMUNE", "DISTRICT"), key);
        Answer second = district.post("/api/units", newCommune("xa-k").replace("COMMUNE", "DISTRICT"), key);
        assertThat(first.status()).isEqualTo(409);
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void A1_same_key_with_another_body_is_422() {
        String key = UUID.randomUUID().toString();
        assertThat(district.post("/api/units", newCommune("xa-l"), key).status()).isEqualTo(201);
        assertRefused(() -> district.post("/api/units", newCommune("xa-m"), key), 422, "A1");
    }

    @Test
    void A2_every_stored_event_names_actor_unit_and_correlation() throws Exception {
        Answer created = district.post("/api/units", newCommune("xa-n"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        try (BlockingStream<TrackedEventMessage<?>> events = app.commandSideBean(EventStore.class).openStream(null)) {
            List<TrackedEventMessage<?>> all = new ArrayList<>();
            while (events.hasNextAvailable()) {
                all.add(events.nextAvailable());
            }
            assertThat(all).isNotEmpty().allSatisfy(event ->
                    assertThat(event.getMetaData()).containsKeys(MetadataKeys.ACTOR, MetadataKeys.ACTOR_UNIT, MetadataKeys.CORRELATION_ID));
            assertThat(all.get(all.size() - 1).getMetaData())
                    .containsEntry(MetadataKeys.ACTOR, "ubnd-huyen-kbang")
                    .containsEntry(MetadataKeys.ACTOR_UNIT, "ubnd-huyen-kbang")
                    .containsEntry(MetadataKeys.CORRELATION_ID, created.header("X-Correlation-Id"));
        }
    }

    @Test
    void A2_an_event_without_actor_metadata_cannot_be_stored() {
        long before = app.eventCount();
        CommandGateway gateway = app.commandSideBean(CommandGateway.class);
        assertThatThrownBy(() -> gateway.sendAndWait(new RenameOrgUnit(new OrgUnitId("ubnd-xa-lo-ku"), "Không ai", null),
                org.axonframework.messaging.MetaData.with(MetadataKeys.ACTOR_UNIT, "_system")))
                .hasMessageContaining("A2");
        assertThat(app.eventCount()).isEqualTo(before);
    }

    @Test
    void C1_two_concurrent_launches_with_the_same_plan_number_cannot_both_succeed() throws Exception {
        ApiClient union = app.as("ldld-lai-chau");
        int launches = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(launches);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < launches; i++) {
            String campaignId = "dong-thoi-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return union.post("/api/campaigns", unionPlan(campaignId, "99/KH-LĐLĐ"));
            }));
        }
        start.countDown();
        List<Answer> done = new ArrayList<>();
        for (java.util.concurrent.Future<Answer> answer : answers) {
            done.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(done).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(done).filteredOn(a -> a.status() != 201).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(409);
            assertThat(a.rule()).isIn("C1", "CONCURRENT_CHANGE");
        });
    }

    private static String unionPlan(String campaignId, String planNumber) {
        return """
                {"campaignId": "%s", "issuerId": "ldld-lai-chau", "planNumber": "%s",
                 "title": "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
                 "period": {"from": "2019-01-01", "to": "2025-12-31"},
                 "targets": [{"kind": "COLLECTIVE", "theme": "Cơ quan văn minh, hiện đại, xanh, sạch, đẹp",
                              "criteria": [{"code": "VH", "description": "Thực hiện văn hóa công sở"}]}],
                 "awardPlan": [{"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "COLLECTIVE",
                                "quota": {"limit": 10, "reserved": [{"category": "EDUCATION", "count": 4}]}}],
                 "schedule": [{"kind": "FINAL", "year": 2025}],
                 "legalBases": ["Quyết định số 733/QĐ-TTg"]}""".formatted(campaignId, planNumber);
    }

    private Answer assertRefused(java.util.function.Supplier<Answer> request, int status, String rule) {
        long before = app.eventCount();
        Answer answer = request.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.rule()).as(answer.toString()).isEqualTo(rule);
        assertThat(answer.json().path("detail").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "at vn.", "at org.");
        assertThat(app.eventCount()).isEqualTo(before);
        return answer;
    }

    private static String newCommune(String id) {
        return """
                {"unitId":"%s","name":"Ủy ban nhân dân xã %s","abbreviation":"UBND","level":"COMMUNE",
                 "kind":"PEOPLES_COMMITTEE","parentId":"ubnd-huyen-kbang"}""".formatted(id, id);
    }

    private static List<String> ids(tools.jackson.databind.JsonNode units) {
        List<String> ids = new ArrayList<>();
        units.forEach(unit -> ids.add(unit.path("id").asString()));
        return ids;
    }
}
