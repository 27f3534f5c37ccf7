package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.collective;
import static vn.thidua.standalone.Steps.expect;
import static vn.thidua.standalone.Steps.individual;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.thidua.platform.test.ApiClient.Answer;
import vn.thidua.platform.test.ApiClient.Download;

/**
 * The award register and quota usage views over HTTP (DESIGN §6): the Sở LĐTBXH Hà Giang decides Giấy khen and
 * Lao động tiên tiến within its plan's quotas (one of them a percentage of another, one with a share reserved for
 * education); the LĐLĐ Lai Châu, on another branch, decides a Bằng khen. The register is looked up by person, unit,
 * year and type, paged, scoped, exported as CSV and XLSX; revocations stay in it and free their quota slots.
 */
abstract class AwardRegisterTest extends OneAppTest {

    private static final String SO = "so-ldtbxh-ha-giang";
    private static final String VI_XUYEN = "phong-ldtbxh-vi-xuyen";
    private static final String BAC_QUANG = "phong-ldtbxh-bac-quang";
    private static final String SCHOOL = "truong-tc-nghe-ha-giang";
    private static final String LAI_CHAU = "ldld-lai-chau";
    /** The national auditor: a ministry's auditor sees its sector tree only. */
    private static final String AUDITOR = "kiem-tra-trung-uong";
    private static final String VI_XUYEN_NAME = "Phòng Lao động - Thương binh và Xã hội huyện Vị Xuyên";
    private static final String REASON = "Thành tích không đúng thực tế, theo \"Kết luận thanh tra\" số 12/KL-TTr";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("decisionNumber", "decisionDate", "decidingUnit",
            "decidingUnitName", "year", "awardType", "participantKind", "personId", "personName", "unitId", "unitName",
            "campaignId", "ruleSetVersion", "revoked", "revocationReason", "revokedAt", "decisionId", "grantId");

    private int year;
    private LocalDate firstDay;

    @Test
    @Order(1)
    void the_department_and_the_lai_chau_federation_decide_awards_within_their_quotas() {
        steps.unit(SO, SCHOOL, "Trường Trung cấp nghề tỉnh Hà Giang", "DISTRICT", "ORGANISATION", SO, "EDUCATION");
        steps.person(VI_XUYEN, "vx-hoang-van-an", "Hoàng Văn An", VI_XUYEN);
        steps.person(VI_XUYEN, "vx-le-thi-binh", "Lê Thị Bình", VI_XUYEN);
        steps.person(VI_XUYEN, "vx-vang-thi-cuc", "Vàng Thị Cúc", VI_XUYEN);
        steps.launch(SO, "so-hg-2025", SO, "25/KH-SLĐTBXH", null, 2025, 2025, """
                [{"awardType": "ADVANCED_WORKER", "targetKind": "INDIVIDUAL", "quota": {"limit": 10}},
                 {"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "INDIVIDUAL",
                  "quota": {"percent": 50, "percentOf": "ADVANCED_WORKER"}},
                 {"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "COLLECTIVE",
                  "quota": {"limit": 3, "reserved": [{"category": "EDUCATION", "count": 1}]}}]""");
        steps.register(SO, "so-hg-2025", "dk-vx", collective(VI_XUYEN));
        steps.register(SO, "so-hg-2025", "dk-bq", collective(BAC_QUANG));
        steps.register(SO, "so-hg-2025", "dk-tc", collective(SCHOOL));
        steps.register(SO, "so-hg-2025", "dk-an", individual("vx-hoang-van-an"));
        steps.register(SO, "so-hg-2025", "dk-binh", individual("vx-le-thi-binh"));
        steps.register(SO, "so-hg-2025", "dk-cuc", individual("vx-vang-thi-cuc"));
        expect(201, app.as(SO).post("/api/campaigns/so-hg-2025/reviews",
                "{\"reviewId\": \"tk-2025\", \"kind\": \"FINAL\", \"year\": 2025}"));
        for (String registration : List.of("dk-vx", "dk-bq", "dk-tc", "dk-an", "dk-binh", "dk-cuc")) {
            expect(200, app.as(SO).post("/api/campaigns/so-hg-2025/reviews/tk-2025/evaluations",
                    "{\"registrationId\": \"" + registration + "\", \"rating\": \"GOOD\"}"));
        }
        expect(200, app.as(SO).post("/api/campaigns/so-hg-2025/reviews/tk-2025/conclude", """
                {"nominees": [{"registrationId": "dk-vx", "awardType": "CERTIFICATE_OF_MERIT"},
                              {"registrationId": "dk-bq", "awardType": "CERTIFICATE_OF_MERIT"},
                              {"registrationId": "dk-tc", "awardType": "CERTIFICATE_OF_MERIT"},
                              {"registrationId": "dk-an", "awardType": "ADVANCED_WORKER"},
                              {"registrationId": "dk-binh", "awardType": "ADVANCED_WORKER"},
                              {"registrationId": "dk-cuc", "awardType": "CERTIFICATE_OF_MERIT"}]}"""));

        firstDay = LocalDate.now(VIETNAM);
        Answer first = expect(201, steps.decide(SO, "qd-hg-1", "so-hg-2025", "tk-2025", "CERTIFICATE_OF_MERIT",
                List.of("dk-vx", "dk-bq")));
        year = first.json().path("year").asInt();
        expect(201, steps.decide(SO, "qd-hg-2", "so-hg-2025", "tk-2025", "ADVANCED_WORKER", List.of("dk-an", "dk-binh")));
        expect(201, steps.decide(SO, "qd-hg-3", "so-hg-2025", "tk-2025", "CERTIFICATE_OF_MERIT", List.of("dk-cuc")));
        expect(201, steps.decide(SO, "qd-hg-4", "so-hg-2025", "tk-2025", "CERTIFICATE_OF_MERIT", List.of("dk-tc")));

        steps.launch(LAI_CHAU, "ldld-lc-2025", LAI_CHAU, "118/KH-LĐLĐ", null, 2025, 2025, """
                [{"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "COLLECTIVE", "quota": {"limit": 5}}]""");
        steps.history(LAI_CHAU, collective("cd-th-tam-duong"), "[{\"year\": 2024, \"rating\": \"EXCELLENT\"}]", "[]");
        steps.register(LAI_CHAU, "ldld-lc-2025", "dk-th", collective("cd-th-tam-duong"));
        steps.finalReview(LAI_CHAU, "ldld-lc-2025", "tk-2025", 2025, "EXCELLENT", "MINISTERIAL_OR_PROVINCIAL_COMMENDATION",
                List.of("dk-th"));
        expect(201, steps.decide(LAI_CHAU, "qd-lc-1", "ldld-lc-2025", "tk-2025", "MINISTERIAL_OR_PROVINCIAL_COMMENDATION",
                List.of("dk-th")));
    }

    @Test
    @Order(2)
    void every_grant_is_in_the_register_with_its_decision_and_awardee() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(grantIds(register(SO, ""))).containsExactly("qd-hg-1-1", "qd-hg-1-2", "qd-hg-2-1",
                        "qd-hg-2-2", "qd-hg-3-1", "qd-hg-4-1"));

        JsonNode an = single(register(SO, "person=vx-hoang-van-an"));
        assertThat(an.path("decisionNumber").asString()).isEqualTo("2/QĐ-SLĐTBXH");
        assertThat(LocalDate.parse(an.path("decisionDate").asString())).isBetween(firstDay, LocalDate.now(VIETNAM));
        assertThat(an.path("decidingUnit").asString()).isEqualTo(SO);
        assertThat(an.path("decidingUnitName").asString()).isEqualTo("Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang");
        assertThat(an.path("year").asInt()).isEqualTo(year);
        assertThat(an.path("awardType").asString()).isEqualTo("ADVANCED_WORKER");
        assertThat(an.path("participantKind").asString()).isEqualTo("INDIVIDUAL");
        assertThat(an.path("personName").asString()).isEqualTo("Hoàng Văn An");
        assertThat(an.path("unitId").asString()).isEqualTo(VI_XUYEN);
        assertThat(an.path("unitName").asString()).isEqualTo(VI_XUYEN_NAME);
        assertThat(an.path("campaignId").asString()).isEqualTo("so-hg-2025");
        assertThat(an.path("ruleSetVersion").asString()).isEqualTo("2022.1");
        assertThat(an.path("revoked").asBoolean()).isFalse();
        assertThat(an.path("grantId").asString()).isEqualTo("qd-hg-2-1");

        assertThat(grantIds(register(SO, "unit=" + VI_XUYEN)))
                .containsExactly("qd-hg-1-1", "qd-hg-2-1", "qd-hg-2-2", "qd-hg-3-1");
        assertThat(grantIds(register(SO, "type=ADVANCED_WORKER"))).containsExactly("qd-hg-2-1", "qd-hg-2-2");
        assertThat(grantIds(register(SO, "year=" + year + "&type=CERTIFICATE_OF_MERIT&unit=" + SCHOOL)))
                .containsExactly("qd-hg-4-1");
        assertThat(grantIds(register(SO, "year=" + (year - 1)))).isEmpty();
        assertThat(expect(400, app.as(SO).get("/api/awards?type=NO_SUCH_AWARD")).rule()).isNotBlank();
    }

    @Test
    @Order(3)
    void the_register_is_paged() {
        JsonNode first = register(SO, "size=4&page=0");
        JsonNode second = register(SO, "size=4&page=1");
        assertThat(first.path("totalItems").asLong()).isEqualTo(6);
        assertThat(first.path("size").asInt()).isEqualTo(4);
        assertThat(grantIds(first)).containsExactly("qd-hg-1-1", "qd-hg-1-2", "qd-hg-2-1", "qd-hg-2-2");
        assertThat(grantIds(second)).containsExactly("qd-hg-3-1", "qd-hg-4-1");
        assertThat(register(SO, "size=100000").path("size").asInt()).isEqualTo(500);
    }

    @Test
    @Order(4)
    void each_unit_sees_the_grants_of_its_subtree_and_the_auditor_sees_all() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(grantIds(register(AUDITOR, ""))).containsExactly("qd-hg-1-1", "qd-hg-1-2", "qd-hg-2-1",
                        "qd-hg-2-2", "qd-hg-3-1", "qd-hg-4-1", "qd-lc-1-1"));
        assertThat(grantIds(register("bo-ldtbxh", ""))).hasSize(6).doesNotContain("qd-lc-1-1");
        assertThat(grantIds(register("kiem-tra-bo-ldtbxh", ""))).isEqualTo(grantIds(register("bo-ldtbxh", "")));
        assertThat(grantIds(register(BAC_QUANG, ""))).containsExactly("qd-hg-1-2");
        assertThat(grantIds(register(VI_XUYEN, ""))).containsExactly("qd-hg-1-1", "qd-hg-2-1", "qd-hg-2-2", "qd-hg-3-1");
        assertThat(grantIds(register(LAI_CHAU, ""))).containsExactly("qd-lc-1-1");
        assertThat(grantIds(register(LAI_CHAU, "unit=" + VI_XUYEN))).isEmpty();
    }

    @Test
    @Order(5)
    void quota_usage_counts_reserved_shares_and_percentages() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode quota = expect(200, app.as(SO).get("/api/campaigns/so-hg-2025/quota")).json();
            assertThat(quota.path("issuerId").asString()).isEqualTo(SO);
            assertThat(quota.path("items").size()).isEqualTo(3);
            assertThat(usage(quota, "CERTIFICATE_OF_MERIT", "COLLECTIVE")).isEqualTo("limit 3 used 3 free 0 [EDUCATION 1/1]");
        });
        JsonNode quota = app.as(SO).get("/api/campaigns/so-hg-2025/quota").json();
        assertThat(usage(quota, "ADVANCED_WORKER", "INDIVIDUAL")).isEqualTo("limit 10 used 2 free 8 []");
        JsonNode percentage = item(quota, "CERTIFICATE_OF_MERIT", "INDIVIDUAL");
        assertThat(percentage.path("percent").asInt()).isEqualTo(50);
        assertThat(percentage.path("percentOf").asString()).isEqualTo("ADVANCED_WORKER");
        assertThat(percentage.path("percentOfGranted").asInt()).isEqualTo(2);
        assertThat(usage(quota, "CERTIFICATE_OF_MERIT", "INDIVIDUAL")).isEqualTo("limit 1 used 1 free 0 []");
    }

    @Test
    @Order(6)
    void quota_usage_is_for_the_issuers_subtree_and_the_auditor() {
        assertThat(app.as(VI_XUYEN).get("/api/campaigns/so-hg-2025/quota").status()).isEqualTo(403);
        Answer otherBranch = app.as(LAI_CHAU).get("/api/campaigns/so-hg-2025/quota");
        assertThat(otherBranch.status()).isEqualTo(403);
        assertThat(otherBranch.rule()).isEqualTo("SCOPE");
        expect(200, app.as("bo-ldtbxh").get("/api/campaigns/so-hg-2025/quota"));
        assertThat(app.as("bo-ldtbxh").get("/api/campaigns/ldld-lc-2025/quota").rule()).isEqualTo("SCOPE");
        JsonNode lc = expect(200, app.as(AUDITOR).get("/api/campaigns/ldld-lc-2025/quota")).json();
        assertThat(usage(lc, "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "COLLECTIVE")).isEqualTo("limit 5 used 1 free 4 []");
        Answer unknown = app.as(AUDITOR).get("/api/campaigns/no-such-plan/quota");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.rule()).isEqualTo("C1");
    }

    @Test
    @Order(7)
    void D4_a_revoked_grant_or_decision_stays_in_the_register_and_frees_its_slot() {
        expect(200, app.as(SO).post("/api/decisions/qd-hg-1/grants/qd-hg-1-2/revoke", json(REASON)));
        expect(200, app.as(SO).post("/api/decisions/qd-hg-3/revoke", json("Quyết định ban hành sai thẩm quyền")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode quota = app.as(SO).get("/api/campaigns/so-hg-2025/quota").json();
            assertThat(usage(quota, "CERTIFICATE_OF_MERIT", "COLLECTIVE")).isEqualTo("limit 3 used 2 free 1 [EDUCATION 1/1]");
            assertThat(usage(quota, "CERTIFICATE_OF_MERIT", "INDIVIDUAL")).isEqualTo("limit 1 used 0 free 1 []");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode bacQuang = single(register(SO, "unit=" + BAC_QUANG));
            assertThat(bacQuang.path("revoked").asBoolean()).isTrue();
            assertThat(bacQuang.path("revocationReason").asString()).isEqualTo(REASON);
            assertThat(bacQuang.path("revokedAt").asString()).isNotBlank();
            JsonNode cuc = single(register(SO, "person=vx-vang-thi-cuc"));
            assertThat(cuc.path("revoked").asBoolean()).isTrue();
            assertThat(cuc.path("revocationReason").asString()).isEqualTo("Quyết định ban hành sai thẩm quyền");
        });
        assertThat(register(SO, "").path("totalItems").asLong()).isEqualTo(6);
        assertThat(single(register(SO, "person=vx-hoang-van-an")).path("revoked").asBoolean()).isFalse();
    }

    @Test
    @Order(8)
    void the_csv_export_holds_every_matching_grant_in_utf8_for_excel() {
        Download csv = app.as(SO).download("/api/awards?size=2", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"so-khen-thuong.csv\"; "
                + "filename*=UTF-8''S%E1%BB%95%20khen%20th%C6%B0%E1%BB%9Fng.csv");
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);

        List<List<String>> rows = Exports.parseCsv(new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(COLUMNS);
        assertThat(rows).hasSize(7);
        assertThat(rows.subList(1, 7)).extracting(row -> cell(row, "grantId")).containsExactly("qd-hg-1-1", "qd-hg-1-2",
                "qd-hg-2-1", "qd-hg-2-2", "qd-hg-3-1", "qd-hg-4-1");
        List<String> viXuyen = rows.get(1);
        assertThat(cell(viXuyen, "unitName")).isEqualTo(VI_XUYEN_NAME);
        assertThat(cell(viXuyen, "decisionNumber")).isEqualTo("1/QĐ-SLĐTBXH");
        assertThat(cell(viXuyen, "personId")).isEmpty();
        assertThat(cell(rows.get(2), "revocationReason")).isEqualTo(REASON);
        assertThat(cell(rows.get(2), "revoked")).isEqualTo("true");
        assertThat(cell(rows.get(3), "personName")).isEqualTo("Hoàng Văn An");

        JsonNode json = register(SO, "size=10");
        for (int i = 0; i < 6; i++) {
            JsonNode entry = json.path("items").get(i);
            for (String column : COLUMNS) {
                assertThat(cell(rows.get(i + 1), column)).as(column).isEqualTo(entry.path(column).asString(""));
            }
        }

        Download filtered = app.as(LAI_CHAU).download("/api/awards", "text/csv");
        List<List<String>> lc = Exports.parseCsv(new String(filtered.body(), StandardCharsets.UTF_8).substring(1));
        assertThat(lc).hasSize(2);
        assertThat(cell(lc.get(1), "unitName")).isEqualTo("Công đoàn Trường Tiểu học thị trấn Tam Đường");
    }

    @Test
    @Order(9)
    void the_xlsx_export_has_the_same_cells_as_the_csv() throws IOException {
        Download xlsx = app.as(SO).download("/api/awards?type=CERTIFICATE_OF_MERIT", XLSX);
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).isEqualTo(XLSX);
        assertThat(xlsx.header("Content-Disposition")).contains("filename=\"so-khen-thuong.xlsx\"",
                "filename*=UTF-8''S%E1%BB%95%20khen%20th%C6%B0%E1%BB%9Fng.xlsx");
        Download csv = app.as(SO).download("/api/awards?type=CERTIFICATE_OF_MERIT", "text/csv");
        List<List<String>> expected = Exports.parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
        assertThat(expected).hasSize(5);

        assertThat(Exports.xlsxRows(xlsx.body(), COLUMNS.size())).isEqualTo(expected);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getRow(1).getCell(COLUMNS.indexOf("unitName")).getStringCellValue()).isEqualTo(VI_XUYEN_NAME);
        }
    }

    @Test
    @Order(10)
    void a_client_that_accepts_anything_gets_json_and_the_api_description_names_the_exports() {
        Download any = app.as(SO).download("/api/awards?size=1", "*/*");
        assertThat(any.status()).isEqualTo(200);
        assertThat(any.header("Content-Type")).startsWith("application/json");

        JsonNode awards = expect(200, app.as(SO).get("/v3/api-docs")).json().path("paths").path("/api/awards").path("get");
        List<String> mediaTypes = new ArrayList<>();
        awards.path("responses").path("200").path("content").propertyNames().forEach(mediaTypes::add);
        assertThat(mediaTypes).contains("text/csv", XLSX);
    }

    /** OWASP's CSV injection: a cell a spreadsheet would run as a formula is exported with a leading apostrophe. */
    @Test
    @Order(11)
    void a_name_a_spreadsheet_would_run_as_a_formula_is_exported_as_text() {
        String unitName = "=1+2 Công đoàn cơ sở";
        String personName = "@SUM(1;2) Lò Văn Sáu";
        steps.unit(SO, "cd-cong-thuc", unitName, "DISTRICT", "ORGANISATION", SO, null);
        steps.person(SO, "cd-ct-lo-van-sau", personName, "cd-cong-thuc");
        steps.launch(SO, "so-hg-csv", SO, "26/KH-SLĐTBXH", null, 2025, 2025, """
                [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "INDIVIDUAL", "quota": {"limit": 1}}]""");
        steps.register(SO, "so-hg-csv", "dk-ct-sau", individual("cd-ct-lo-van-sau"));
        steps.finalReview(SO, "so-hg-csv", "tk-csv", 2025, "GOOD", "CERTIFICATE_OF_MERIT", List.of("dk-ct-sau"));
        expect(201, steps.decide(SO, "qd-hg-csv", "so-hg-csv", "tk-csv", "CERTIFICATE_OF_MERIT", List.of("dk-ct-sau")));
        String filter = "person=cd-ct-lo-van-sau";
        String query = "/api/awards?" + filter;
        JsonNode json = await().atMost(Duration.ofSeconds(20)).until(() -> register(SO, filter),
                page -> page.path("items").size() == 1).path("items").get(0);
        assertThat(json.path("unitName").asString()).isEqualTo(unitName);
        assertThat(json.path("personName").asString()).isEqualTo(personName);

        Download csv = app.as(SO).download(query, "text/csv");
        List<List<String>> rows = Exports.parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
        assertThat(cell(rows.get(1), "unitName")).isEqualTo("'" + unitName);
        assertThat(cell(rows.get(1), "personName")).isEqualTo("'" + personName);
        assertThat(cell(rows.get(1), "personId")).isEqualTo("cd-ct-lo-van-sau");

        List<List<String>> cells = Exports.xlsxRows(app.as(SO).download(query, XLSX).body(), COLUMNS.size());
        assertThat(cell(cells.get(1), "unitName")).as("a string cell, shown as typed").isEqualTo(unitName);
        assertThat(cell(cells.get(1), "personName")).isEqualTo(personName);
    }

    private JsonNode register(String user, String query) {
        return expect(200, app.as(user).get("/api/awards?" + query)).json();
    }

    private static List<String> grantIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("grantId").asString()));
        return ids;
    }

    private static JsonNode single(JsonNode page) {
        assertThat(page.path("items").size()).as(page.toString()).isEqualTo(1);
        return page.path("items").get(0);
    }

    private static JsonNode item(JsonNode quota, String awardType, String kind) {
        for (JsonNode item : quota.path("items")) {
            if (item.path("awardType").asString().equals(awardType) && item.path("targetKind").asString().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("no quota for " + awardType + " " + kind + " in " + quota);
    }

    /** "limit L used U free F [CATEGORY used/reserved ...]" */
    private static String usage(JsonNode quota, String awardType, String kind) {
        JsonNode item = item(quota, awardType, kind);
        List<String> shares = new ArrayList<>();
        item.path("reserved").forEach(share -> shares.add(share.path("category").asString() + " "
                + share.path("used").asInt() + "/" + share.path("reserved").asInt()));
        return "limit " + item.path("limit").asInt() + " used " + item.path("used").asInt() + " free "
                + item.path("free").asInt() + " " + shares;
    }

    private static String json(String reason) {
        return "{\"reason\": " + vn.thidua.platform.test.ApiClient.json(reason) + "}";
    }

    private static String cell(List<String> row, String column) {
        return row.get(COLUMNS.indexOf(column));
    }
}
