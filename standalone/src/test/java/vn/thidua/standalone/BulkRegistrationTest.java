package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * the later requests run on a plan loaded from its snapshot: the rules still see every registration. The same file
 * as CSV, as Excel exports it, is answered exactly like the JSON file; a CSV that is not a list of registrations is
 * refused whole, naming its line.
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

    /** The answer to {@link #FILE} on a plan of its own. */
    private static final List<String> FILE_OUTCOMES = List.of(
            "dk-bulk-vx accepted",
            "dk-bulk-an accepted",
            "dk-bulk-binh accepted",
            "dk-bulk-khong-co C4 NOT_FOUND person bulk-khong-co-ai does not exist",
            "dk-bulk-an-lan-2 C4 CONFLICT person:bulk-an is already registered (dk-bulk-an); one registration per participant per campaign",
            "dk-bulk-ld C4 CONFLICT participants are the issuer so-ldtbxh-ha-giang or units and persons below it; ldld-lai-chau is not",
            "dk-bulk-cuc C4 CONFLICT a registration carries its commitments; none were given",
            "dk-bulk-bq accepted");
    private static final String CSV_PLAN = "so-bulk-csv";
    private static final String CSV_BULK = "/api/campaigns/" + CSV_PLAN + "/registrations/bulk";
    /** {@link #FILE} as Excel writes it: CRLF line ends, the cuc row with an empty commitments cell. */
    private static final String CSV_FILE = """
            registrationId,kind,unitId,personId,commitments
            dk-bulk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành xuất sắc nhiệm vụ
            dk-bulk-an,INDIVIDUAL,,bulk-an,Hoàn thành xuất sắc nhiệm vụ
            dk-bulk-binh,INDIVIDUAL,,bulk-binh,Hoàn thành xuất sắc nhiệm vụ
            dk-bulk-khong-co,INDIVIDUAL,,bulk-khong-co-ai,Hoàn thành xuất sắc nhiệm vụ
            dk-bulk-an-lan-2,INDIVIDUAL,,bulk-an,Hoàn thành xuất sắc nhiệm vụ
            dk-bulk-ld,COLLECTIVE,ldld-lai-chau,,Hoàn thành xuất sắc nhiệm vụ
            dk-bulk-cuc,INDIVIDUAL,,bulk-cuc,
            dk-bulk-bq,COLLECTIVE,phong-ldtbxh-bac-quang,,Hoàn thành xuất sắc nhiệm vụ
            """.replace("\n", "\r\n");
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private String firstCsvAnswer;

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
        assertThat(outcomes(result)).containsExactlyElementsOf(FILE_OUTCOMES);
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

    @Test
    @Order(5)
    void C4_the_same_file_as_CSV_is_answered_row_by_row_like_the_JSON_file() {
        steps.launch(DEPARTMENT, CSV_PLAN, DEPARTMENT, "42/KH-SLĐTBXH", null, 2025, 2026, """
                [{"awardType": "ADVANCED_WORKER", "targetKind": "INDIVIDUAL", "quota": {"limit": 20}}]""");
        long events = app.eventCount();

        Answer answer = expect(200, upload(DEPARTMENT, "text/csv; charset=UTF-8", withByteOrderMark(CSV_FILE),
                "bulk-csv-2025-01"));

        firstCsvAnswer = answer.body();
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("campaignId").asString()).isEqualTo(CSV_PLAN);
        assertThat(answer.json().get("accepted").asInt()).isEqualTo(4);
        assertThat(answer.json().get("refused").asInt()).isEqualTo(4);
        assertThat(outcomes(answer.json())).containsExactlyElementsOf(FILE_OUTCOMES);
        assertThat(app.eventCount()).isEqualTo(events + 4);
    }

    @Test
    @Order(6)
    void A1_the_same_CSV_with_the_same_key_answers_the_same_and_writes_nothing() {
        long events = app.eventCount();

        Answer again = upload(DEPARTMENT, "text/csv; charset=UTF-8", withByteOrderMark(CSV_FILE), "bulk-csv-2025-01");
        Answer asJson = app.as(DEPARTMENT).post(CSV_BULK, FILE, "bulk-csv-2025-01");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(firstCsvAnswer);
        assertThat(asJson.status()).as("another body under the same key").isEqualTo(422);
        assertThat(asJson.rule()).isEqualTo("A1");
        assertThat(app.eventCount()).isEqualTo(events);
    }

    @Test
    @Order(7)
    void C4_a_blank_registrationId_is_derived_so_the_same_CSV_sent_again_registers_no_one_twice() {
        steps.person(VI_XUYEN, "bulk-dung", "Nguyễn Thị Dung", VI_XUYEN);
        steps.person(BAC_QUANG, "bulk-giang", "Đặng Thị Giang", BAC_QUANG);
        String file = """
                Commitments,KIND,personId,unitId
                "Hoàn thành xuất sắc nhiệm vụ; Không vi phạm ""Quy chế"", kỷ luật
                học tập suốt đời",INDIVIDUAL,bulk-dung,
                Hoàn thành nhiệm vụ,individual,bulk-giang,phong-ldtbxh-bac-quang
                """;

        Answer first = expect(200, upload(DEPARTMENT, "text/csv", bytes(file), null));
        long events = app.eventCount();
        Answer second = expect(200, upload(DEPARTMENT, "text/csv", bytes(file), null));

        List<String> ids = StreamSupport.stream(first.json().get("rows").spliterator(), false)
                .map(row -> row.get("registrationId").asString()).toList();
        assertThat(ids).hasSize(2).allMatch(id -> id.matches(UUID_PATTERN)).doesNotHaveDuplicates();
        assertThat(outcomes(first.json())).containsExactly(ids.get(0) + " accepted", ids.get(1) + " accepted");
        assertThat(outcomes(second.json())).containsExactly(
                ids.get(0) + " C4 CONFLICT registration id " + ids.get(0) + " is already used",
                ids.get(1) + " C4 CONFLICT registration id " + ids.get(1) + " is already used");
        assertThat(app.eventCount()).isEqualTo(events);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode dung = StreamSupport.stream(expect(200, app.as(DEPARTMENT).get("/api/campaigns/" + CSV_PLAN
                            + "/registrations?size=50")).json().path("items").spliterator(), false)
                    .filter(item -> item.path("registrationId").asString().equals(ids.get(0)))
                    .findFirst().orElseThrow();
            assertThat(dung.path("participant").path("personId").asString()).isEqualTo("bulk-dung");
            assertThat(StreamSupport.stream(dung.path("commitments").spliterator(), false).map(JsonNode::asString))
                    .containsExactly("Hoàn thành xuất sắc nhiệm vụ", "Không vi phạm \"Quy chế\", kỷ luật\nhọc tập suốt đời");
        });
    }

    @Test
    @Order(8)
    void REQUEST_a_malformed_CSV_is_refused_whole_naming_its_line_and_writes_nothing() {
        steps.person(VI_XUYEN, "bulk-hanh", "Lò Thị Hạnh", VI_XUYEN);
        String header = "registrationId,kind,unitId,personId,commitments\r\n";
        String valid = "dk-csv-hanh,INDIVIDUAL,,bulk-hanh,Hoàn thành\r\n";
        long events = app.eventCount();

        assertMalformedCsv(bytes("registrationId,kind,unitId,commitments\r\ndk-csv-hanh,INDIVIDUAL,,Hoàn thành\r\n"),
                1, "the header lacks the column personId");
        assertMalformedCsv(bytes(header + valid + "dk-csv-vx,TẬP THỂ,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n"),
                3, "kind must be COLLECTIVE or INDIVIDUAL, found \"TẬP THỂ\"");
        assertMalformedCsv(bytes(header + valid + "dk-csv-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,Hoàn thành\r\n"),
                3, "4 cells where the header names 5 columns");
        assertMalformedCsv(new byte[0], 1, "the file is empty");
        assertMalformedCsv((header + valid).getBytes(Charset.forName("windows-1258")), 2, "the file is not UTF-8");
        assertThat(app.as(DEPARTMENT).post(CSV_BULK, "").status()).as("an empty JSON body still finds one handler")
                .isEqualTo(400);

        assertThat(app.eventCount()).isEqualTo(events);
    }

    @Test
    @Order(9)
    void REQUEST_a_CSV_over_the_request_size_limit_is_refused_and_writes_nothing() {
        String row = ",INDIVIDUAL,,bulk-hanh,Hoàn thành xuất sắc nhiệm vụ được giao\r\n";
        String file = "kind,unitId,personId,commitments\r\n" + row.repeat((1 << 20) / row.length() + 1);
        long events = app.eventCount();

        Answer answer = upload(DEPARTMENT, "text/csv", bytes(file), null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.rule()).isEqualTo("REQUEST");
        assertThat(app.eventCount()).isEqualTo(events);
    }

    @Test
    @Order(10)
    void C4_a_CSV_is_authorized_like_the_JSON_file_and_the_api_description_shows_it() {
        Answer below = expect(200, upload(BAC_QUANG, "text/csv", bytes("""
                registrationId,kind,unitId,personId,commitments
                dk-csv-vx-2,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành
                """), null));
        Answer analyst = upload("phan-tich-bo-ldtbxh", "text/csv", bytes("""
                kind,unitId,personId,commitments
                COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành
                """), null);

        assertThat(outcomes(below.json())).containsExactly(
                "dk-csv-vx-2 C4 FORBIDDEN only users of so-ldtbxh-ha-giang act on this plan (you act for " + BAC_QUANG + ")");
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(analyst.rule()).isEqualTo("ROLE");
        JsonNode operation = expect(200, app.as(DEPARTMENT).get("/v3/api-docs")).json().path("paths")
                .path("/api/campaigns/{id}/registrations/bulk").path("post");
        JsonNode body = operation.path("requestBody").path("content");
        List<String> mediaTypes = new ArrayList<>();
        body.propertyNames().forEach(mediaTypes::add);
        assertThat(mediaTypes).containsExactlyInAnyOrder("application/json", "text/csv");
        assertThat(body.path("application/json").path("schema").path("$ref").asString()).endsWith("BulkRegistrationRequest");
        assertThat(body.path("text/csv").toString()).contains("registrationId,kind,unitId,personId,commitments");
        assertThat(operation.path("description").asString()).contains("text/csv", "separated by `;`");
    }

    private void assertMalformedCsv(byte[] file, int line, String fault) {
        Answer answer = upload(DEPARTMENT, "text/csv", file, null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.rule()).isEqualTo("REQUEST");
        assertThat(answer.json().path("detail").asString()).startsWith("line " + line + ": ").contains(fault);
    }

    private Answer upload(String user, String contentType, byte[] file, String idempotencyKey) {
        return app.as(user).upload(CSV_BULK, contentType, file,
                idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What Excel's "CSV UTF-8" writes first. */
    private static byte[] withByteOrderMark(String text) {
        return bytes("\uFEFF" + text);
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
