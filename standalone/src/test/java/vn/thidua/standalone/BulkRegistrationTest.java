package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.standalone.Steps.expect;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * C4 in bulk over HTTP ({@code POST /api/campaigns/{id}/registrations/bulk}): the Sở LĐTBXH Hà Giang registers a
 * file of its district offices and their cadres; every row is answered, accepted or refused with its rule; a retry
 * with the same Idempotency-Key answers the same and writes nothing. Snapshots are taken every 3 events here, so
 * the later requests run on a plan loaded from its snapshot: the rules still see every registration.
 */
abstract class BulkRegistrationTest extends OneAppTest {

    private static final String DEPARTMENT = "so-ldtbxh-ha-giang";
    private static final String VI_XUYEN = "phong-ldtbxh-vi-xuyen";
    private static final String BAC_QUANG = "phong-ldtbxh-bac-quang";
    private static final String PLAN = "so-bulk";
    private static final String BULK = "/api/campaigns/" + PLAN + "/registrations/bulk";
    private static final String FILE = rows(
            row("dk-bulk-vx", Steps.collective(VI_XUYEN), true),
            row("dk-bulk-an", Steps.individual("bulk-an"), true),
            row("dk-bulk-binh", Steps.individual("bulk-binh"), true),
            row("dk-bulk-khong-co", Steps.individual("bulk-khong-co-ai"), true),
            row("dk-bulk-an-lan-2", Steps.individual("bulk-an"), true),
            row("dk-bulk-ld", Steps.collective("ldld-lai-chau"), true),
            row("dk-bulk-cuc", Steps.individual("bulk-cuc"), false),
            row("dk-bulk-bq", Steps.collective(BAC_QUANG), true));

    abstract TestStore database(Path data);

    @Override
    TestStore store(Path data) {
        return database(data).with("thidua.snapshots.campaign-threshold", "3");
    }

    @Test
    @Order(1)
    void C4_every_row_is_answered_and_only_the_refused_rows_are_left_out() {
        steps.launch(DEPARTMENT, PLAN, DEPARTMENT, "41/KH-SLĐTBXH", null, 2025, 2026, """
                [{"awardType": "ADVANCED_WORKER", "targetKind": "INDIVIDUAL", "quota": {"limit": 20}}]""");
        steps.person(VI_XUYEN, "bulk-an", "Hoàng Văn An", VI_XUYEN);
        steps.person(VI_XUYEN, "bulk-binh", "Lê Thị Bình", VI_XUYEN);
        steps.person(BAC_QUANG, "bulk-cuc", "Vàng Thị Cúc", BAC_QUANG);
        long events = app.eventCount();

        Answer answer = expect(200, app.as(DEPARTMENT).post(BULK, FILE, "bulk-file-2025-01"));

        JsonNode result = answer.json();
        assertThat(result.get("accepted").asInt()).isEqualTo(4);
        assertThat(result.get("refused").asInt()).isEqualTo(4);
        assertThat(outcomes(result)).containsExactly(
                "dk-bulk-vx accepted",
                "dk-bulk-an accepted",
                "dk-bulk-binh accepted",
                "dk-bulk-khong-co C4 NOT_FOUND person bulk-khong-co-ai does not exist",
                "dk-bulk-an-lan-2 C4 CONFLICT person:bulk-an is already registered (dk-bulk-an); one registration per participant per campaign",
                "dk-bulk-ld C4 CONFLICT participants are the issuer so-ldtbxh-ha-giang or units and persons below it; ldld-lai-chau is not",
                "dk-bulk-cuc C4 CONFLICT a registration carries its commitments; none were given",
                "dk-bulk-bq accepted");
        assertThat(app.eventCount()).isEqualTo(events + 4);
    }

    @Test
    @Order(2)
    void A1_the_same_file_sent_again_answers_the_same_and_writes_nothing() {
        long events = app.eventCount();

        Answer first = app.as(DEPARTMENT).post(BULK, FILE, "bulk-file-2025-01");
        Answer otherBody = app.as(DEPARTMENT).post(BULK, rows(row("dk-bulk-cuc", Steps.individual("bulk-cuc"), true)),
                "bulk-file-2025-01");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(outcomes(first.json())).hasSize(8).startsWith("dk-bulk-vx accepted");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.rule()).isEqualTo("A1");
        assertThat(app.eventCount()).isEqualTo(events);
    }

    @Test
    @Order(3)
    void C4_a_plan_loaded_from_its_snapshot_still_knows_every_registration() {
        assertThat(app.commandSideBean(JdbcTemplate.class).queryForObject(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?", Integer.class, PLAN))
                .isPositive();
        expect(200, app.as(VI_XUYEN).post("/api/campaigns/" + PLAN + "/registrations/dk-bulk-an/withdraw",
                "{\"reason\": \"Chuyển công tác\"}"));

        Answer answer = expect(200, app.as(DEPARTMENT).post(BULK, rows(
                row("dk-bulk-binh-lan-2", Steps.individual("bulk-binh"), true),
                row("dk-bulk-an-lan-3", Steps.individual("bulk-an"), true),
                row("dk-bulk-cuc", Steps.individual("bulk-cuc"), true))));

        assertThat(outcomes(answer.json())).containsExactly(
                "dk-bulk-binh-lan-2 C4 CONFLICT person:bulk-binh is already registered (dk-bulk-binh); one registration per participant per campaign",
                "dk-bulk-an-lan-3 accepted",
                "dk-bulk-cuc accepted");
    }

    @Test
    @Order(4)
    void C4_a_unit_below_files_only_its_own_rows_and_a_malformed_file_is_refused_whole() {
        Answer answer = expect(200, app.as(BAC_QUANG).post(BULK, rows(
                row("dk-bulk-vx-2", Steps.collective(VI_XUYEN), true))));
        Answer empty = app.as(DEPARTMENT).post(BULK, "{\"rows\": []}");

        assertThat(outcomes(answer.json())).containsExactly(
                "dk-bulk-vx-2 C4 FORBIDDEN only users of so-ldtbxh-ha-giang act on this plan (you act for " + BAC_QUANG + ")");
        assertThat(empty.status()).isEqualTo(400);
    }

    private static List<String> outcomes(JsonNode result) {
        return StreamSupport.stream(result.get("rows").spliterator(), false)
                .map(row -> row.get("registrationId").asString() + (row.get("accepted").asBoolean() ? " accepted"
                        : " " + row.get("refusal").get("rule").asString() + " " + row.get("refusal").get("kind").asString()
                        + " " + row.get("refusal").get("detail").asString()))
                .toList();
    }

    private static String row(String registrationId, String participantJson, boolean withCommitments) {
        return """
                {"registrationId": "%s", "participant": %s, "commitments": %s}""".formatted(registrationId,
                participantJson, withCommitments ? "[\"Hoàn thành xuất sắc nhiệm vụ\"]" : "[]");
    }

    private static String rows(String... rows) {
        return "{\"rows\": [" + String.join(",\n", rows) + "]}";
    }
}
