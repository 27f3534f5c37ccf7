package vn.thidua.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationRow;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.command.campaign.RegistrationCsv.MalformedFile;

/**
 * A file of registrations as Excel or LibreOffice export it (RegistrationCsv): read row by row into the rows of one
 * RegisterParticipants (C4), or refused whole with the line and the fault (REQUEST, HTTP 400).
 */
class RegistrationCsvTest {

    private static final CampaignId PLAN = new CampaignId("so-ldtbxh-ha-giang-2025");
    private static final String HEADER = "registrationId,kind,unitId,personId,commitments\r\n";

    @Test
    void C4_each_row_is_a_registration_in_file_order() {
        List<RegistrationRow> rows = read(HEADER
                + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành xuất sắc nhiệm vụ\r\n"
                + "dk-an,INDIVIDUAL,phong-ldtbxh-vi-xuyen,hoang-van-an,Đạt Lao động tiên tiến\r\n");

        assertThat(rows).containsExactly(
                new RegistrationRow(new RegistrationId("dk-vx"),
                        Participant.collective(new OrgUnitId("phong-ldtbxh-vi-xuyen")), List.of("Hoàn thành xuất sắc nhiệm vụ")),
                new RegistrationRow(new RegistrationId("dk-an"),
                        Participant.individual(new PersonId("hoang-van-an"), new OrgUnitId("phong-ldtbxh-vi-xuyen")),
                        List.of("Đạt Lao động tiên tiến")));
    }

    @Test
    void C4_columns_are_found_by_name_in_any_order_and_case_and_kind_in_any_case() {
        List<RegistrationRow> rows = read("""
                COMMITMENTS,PersonID,Kind,registrationid,UNITID
                Chấp hành kỷ luật,le-thi-binh,individual,dk-binh,
                """);

        assertThat(rows).containsExactly(new RegistrationRow(new RegistrationId("dk-binh"),
                Participant.individual(new PersonId("le-thi-binh"), null), List.of("Chấp hành kỷ luật")));
    }

    @Test
    void C4_a_quoted_cell_keeps_its_commas_quotes_line_breaks_and_diacritics() {
        String commitment = "Đạt danh hiệu \"Lao động tiên tiến\", không vi phạm;\nhọc tập suốt đời";
        List<RegistrationRow> rows = read(HEADER + "dk-binh,INDIVIDUAL,,le-thi-binh,\""
                + commitment.replace("\"", "\"\"") + "\"\r\n");

        assertThat(rows.get(0).commitments()).containsExactly(
                "Đạt danh hiệu \"Lao động tiên tiến\", không vi phạm", "học tập suốt đời");
    }

    @Test
    void C4_several_commitments_share_a_cell_separated_by_semicolons() {
        List<RegistrationRow> rows = read(HEADER
                + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,\"Hoàn thành xuất sắc nhiệm vụ; 100% cán bộ đạt chuẩn ;;\"\r\n");

        assertThat(rows.get(0).commitments()).containsExactly("Hoàn thành xuất sắc nhiệm vụ", "100% cán bộ đạt chuẩn");
    }

    @Test
    void C4_an_empty_commitments_cell_is_left_for_the_domain_to_refuse() {
        assertThat(read(HEADER + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,\r\n").get(0).commitments()).isEmpty();
    }

    @Test
    void C4_columns_separated_by_semicolons_as_excel_writes_them_under_vietnamese_settings_are_read() {
        List<RegistrationRow> rows = read("""
                registrationId;kind;unitId;personId;commitments
                dk-an;INDIVIDUAL;phong-ldtbxh-vi-xuyen;hoang-van-an;"Đạt Lao động tiên tiến; học tập, rèn luyện"
                """);

        assertThat(rows).containsExactly(new RegistrationRow(new RegistrationId("dk-an"),
                Participant.individual(new PersonId("hoang-van-an"), new OrgUnitId("phong-ldtbxh-vi-xuyen")),
                List.of("Đạt Lao động tiên tiến", "học tập, rèn luyện")));
    }

    @Test
    void C4_the_byte_order_mark_excel_writes_is_ignored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADER + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        assertThat(RegistrationCsv.read(PLAN, "UTF-8", file)).hasSize(1);
    }

    @Test
    void C4_a_blank_registration_id_is_derived_from_the_campaign_and_the_participant() {
        String file = HEADER
                + ",INDIVIDUAL,phong-ldtbxh-vi-xuyen,hoang-van-an,Hoàn thành\r\n"
                + ",COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n";
        String withoutTheColumn = """
                kind,unitId,personId,commitments
                INDIVIDUAL,phong-ldtbxh-bac-quang,hoang-van-an,Hoàn thành
                """;

        List<RegistrationRow> rows = read(file);

        RegistrationId an = rows.get(0).registrationId();
        assertThat(an.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(read(file)).isEqualTo(rows);
        assertThat(read(withoutTheColumn).get(0).registrationId()).as("the person, whatever unit is given").isEqualTo(an);
        assertThat(rows.get(1).registrationId()).isNotEqualTo(an);
        assertThat(RegistrationCsv.read(new CampaignId("another-plan"), null, file.getBytes(StandardCharsets.UTF_8))
                .get(0).registrationId()).isNotEqualTo(an);
    }

    @Test
    void C4_blank_rows_are_skipped() {
        assertThat(read(HEADER + "\r\n,,,,\r\ndk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n\r\n")).hasSize(1);
    }

    @Test
    void REQUEST_an_empty_file_is_refused() {
        assertMalformed("", 1, "the file is empty");
        assertMalformed("\uFEFF\r\n", 1, "the file is empty");
        assertMalformed(null, 1, "the file is empty");
    }

    @Test
    void REQUEST_a_header_without_rows_is_refused() {
        assertMalformed(HEADER, 2, "no registration follows the header");
    }

    @Test
    void REQUEST_a_missing_required_column_is_refused_naming_it() {
        assertMalformed("registrationId,kind,unitId,commitments\r\ndk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,Hoàn thành\r\n",
                1, "lacks the column personId");
    }

    @Test
    void REQUEST_an_unknown_or_repeated_column_is_refused_so_nothing_goes_unread() {
        assertMalformed("kind,unitId,personId,commitments,Họ và tên\r\n", 1, "unknown column \"Họ và tên\"");
        assertMalformed("kind,unitId,personId,commitments,\r\n", 1, "column 5 has no name");
        assertMalformed("kind,unitId,personId,commitments,KIND\r\n", 1, "the column kind is named twice");
    }

    @Test
    void REQUEST_a_row_of_another_width_is_refused_naming_its_line() {
        assertMalformed(HEADER
                + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n"
                + "dk-bq,COLLECTIVE,phong-ldtbxh-bac-quang,Hoàn thành\r\n", 3, "4 cells where the header names 5 columns");
        assertMalformed(HEADER
                + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành,\r\n", 2, "6 cells where the header names 5 columns");
    }

    @Test
    void REQUEST_an_unknown_kind_is_refused_naming_its_line() {
        assertMalformed(HEADER
                + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n"
                + "dk-bq,TẬP THỂ,phong-ldtbxh-bac-quang,,Hoàn thành\r\n", 3,
                "kind must be COLLECTIVE or INDIVIDUAL, found \"TẬP THỂ\"");
        assertMalformed(HEADER + "dk-bq,,phong-ldtbxh-bac-quang,,Hoàn thành\r\n", 2, "kind is required");
    }

    @Test
    void REQUEST_a_line_after_a_cell_spanning_lines_is_counted_as_the_file_counts_it() {
        assertMalformed(HEADER
                + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,\"Hoàn thành;\r\nkhông vi phạm\"\r\n"
                + "dk-bq,KHAC,phong-ldtbxh-bac-quang,,Hoàn thành\r\n", 4, "found \"KHAC\"");
    }

    @Test
    void REQUEST_an_invalid_id_or_participant_is_refused_naming_its_line() {
        assertMalformed(HEADER + "DK VX,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n", 2, "registration id must be");
        assertMalformed(HEADER + "dk-vx,COLLECTIVE,Phòng Vị Xuyên,,Hoàn thành\r\n", 2, "unit id must be");
        assertMalformed(HEADER + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,hoang-van-an,Hoàn thành\r\n", 2,
                "a COLLECTIVE participant names a unitId and no personId");
        assertMalformed(HEADER + "dk-an,INDIVIDUAL,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n", 2,
                "an INDIVIDUAL participant names a personId");
        assertMalformed(HEADER + "dk-an,INDIVIDUAL,,hoang-van-an,\"" + "x".repeat(2001) + "\"\r\n", 2,
                "commitment is longer than 2000 characters");
    }

    @Test
    void REQUEST_an_unclosed_quote_is_refused_naming_the_line_it_opens_on() {
        assertMalformed(HEADER
                + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n"
                + "dk-bq,COLLECTIVE,phong-ldtbxh-bac-quang,,\"Hoàn thành\r\n"
                + "dk-an,INDIVIDUAL,,hoang-van-an,Hoàn thành\r\n", 3, "not valid CSV");
    }

    @Test
    void REQUEST_a_file_not_in_utf_8_is_refused_naming_the_line() {
        byte[] legacy = (HEADER + "dk-vx,COLLECTIVE,phong-ldtbxh-vi-xuyen,,Hoàn thành\r\n")
                .getBytes(Charset.forName("windows-1258"));

        MalformedFile refused = catchThrowableOfType(MalformedFile.class, () -> RegistrationCsv.read(PLAN, null, legacy));

        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused).hasMessageContaining("not UTF-8");
        assertThat(catchThrowableOfType(MalformedFile.class, () -> RegistrationCsv.read(PLAN, "windows-1258",
                HEADER.getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("only UTF-8 is read");
    }

    private static List<RegistrationRow> read(String file) {
        return RegistrationCsv.read(PLAN, "utf-8", file.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertMalformed(String file, int line, String fault) {
        MalformedFile refused = catchThrowableOfType(MalformedFile.class, () -> RegistrationCsv.read(PLAN, null,
                file == null ? null : file.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused).as("refused: " + file).isNotNull().isInstanceOf(IllegalArgumentException.class);
        assertThat(refused.line()).as(refused.getMessage()).isEqualTo(line);
        assertThat(refused.getMessage()).startsWith("line " + line + ": ").contains(fault);
    }
}
