package vn.thidua.command.testing;

import java.util.List;
import java.util.Map;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.title.TitleCriterion;
import vn.thidua.api.title.TitleStandard;
import vn.thidua.command.title.TitleSchemes;
import vn.thidua.command.title.TitleSchemes.Criterion;
import vn.thidua.command.title.TitleSchemes.Scheme;
import vn.thidua.command.title.TitleSchemes.Standard;

/**
 * A small scheme for "Cơ quan đạt chuẩn văn hóa" with seed 004's three standards, few criteria and round numbers,
 * so a test's points read at a glance: 100 points, a pass at 80 with standard 1 at least 25 of 40, standards 2
 * and 3 at least 20 of 30 each.
 */
public final class CulturalTitleScheme {

    public static final String NHIEM_VU = "Hoàn thành tốt nhiệm vụ";
    public static final String NEP_SONG = "Thực hiện nếp sống văn minh, môi trường văn hóa công sở";
    public static final String GUONG_MAU = "Gương mẫu chấp hành đường lối, chính sách, pháp luật";

    public static final TitleSchemes SCHEMES = new TitleSchemes(Map.of(AwardType.CULTURAL_STANDARD_TITLE,
            new Scheme("test scheme after seed 004", 80, List.of(
                    new Standard("1", NHIEM_VU, 25, List.of(
                            new Criterion("1.1", "Phong trào thi đua; 100% Lao động tiên tiến", 30),
                            new Criterion("1.2", "Có sáng kiến, cải tiến quản lý", 10))),
                    new Standard("2", NEP_SONG, 20, List.of(
                            new Criterion("2.1", "Nếp sống văn minh, văn hóa công sở", 30))),
                    new Standard("3", GUONG_MAU, 20, List.of(
                            new Criterion("3.1", "Chấp hành pháp luật, cải cách hành chính", 30)))))));

    /** The standards as a unit that took on every criterion but 1.2 (no initiative this year) registers them. */
    public static final List<TitleStandard> WITHOUT_INITIATIVE = List.of(
            new TitleStandard("1", NHIEM_VU, List.of(new TitleCriterion("1.1", "Phong trào thi đua; 100% Lao động tiên tiến", 30))),
            new TitleStandard("2", NEP_SONG, List.of(new TitleCriterion("2.1", "Nếp sống văn minh, văn hóa công sở", 30))),
            new TitleStandard("3", GUONG_MAU, List.of(new TitleCriterion("3.1", "Chấp hành pháp luật, cải cách hành chính", 30))));

    private CulturalTitleScheme() {
    }
}
