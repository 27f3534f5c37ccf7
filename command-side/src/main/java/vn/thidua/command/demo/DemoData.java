package vn.thidua.command.demo;

import java.util.List;
import java.util.Set;

import vn.thidua.api.orgunit.CreateOrgUnit;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.platform.security.Role;

/**
 * The demo hierarchy: the three kinds of tree of DESIGN §3 side by side (sector line, state administration, trade
 * unions), holding the issuers of the five seed plans. Every unit gets a user of the same name who is its officer
 * and council member; a few units get auditors and analysts too.
 */
final class DemoData {

    static final String PASSWORD = "thidua2026";
    static final String EDUCATION = "EDUCATION";

    record DemoUser(String username, String displayName, String unitId, Set<Role> roles) {
    }

    static final List<CreateOrgUnit> UNITS = List.of(
            unit("trung-uong", "Nhà nước (Chủ tịch nước, Thủ tướng Chính phủ)", "TTg", Level.NATIONAL, UnitKind.STATE, null, null),

            unit("bo-ldtbxh", "Bộ Lao động - Thương binh và Xã hội", "LĐTBXH", Level.MINISTRY, UnitKind.MINISTRY, "trung-uong", null),
            unit("so-ldtbxh-ha-giang", "Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang", "SLĐTBXH", Level.PROVINCE,
                    UnitKind.DEPARTMENT, "bo-ldtbxh", null),
            unit("phong-ldtbxh-vi-xuyen", "Phòng Lao động - Thương binh và Xã hội huyện Vị Xuyên", "LĐTBXH", Level.DISTRICT,
                    UnitKind.DEPARTMENT, "so-ldtbxh-ha-giang", null),
            unit("phong-ldtbxh-bac-quang", "Phòng Lao động - Thương binh và Xã hội huyện Bắc Quang", "LĐTBXH", Level.DISTRICT,
                    UnitKind.DEPARTMENT, "so-ldtbxh-ha-giang", null),

            unit("ubnd-tinh-gia-lai", "Ủy ban nhân dân tỉnh Gia Lai", "UBND", Level.PROVINCE, UnitKind.PEOPLES_COMMITTEE,
                    "trung-uong", null),
            unit("ubnd-huyen-kbang", "Ủy ban nhân dân huyện Kbang", "UBND", Level.DISTRICT, UnitKind.PEOPLES_COMMITTEE,
                    "ubnd-tinh-gia-lai", null),
            unit("ubnd-xa-lo-ku", "Ủy ban nhân dân xã Lơ Ku", "UBND", Level.COMMUNE, UnitKind.PEOPLES_COMMITTEE,
                    "ubnd-huyen-kbang", null),
            unit("thcs-thi-tran", "Trường THCS Thị trấn", "THCS", Level.COMMUNE, UnitKind.ORGANISATION,
                    "ubnd-huyen-kbang", EDUCATION),

            unit("tong-ldld", "Tổng Liên đoàn Lao động Việt Nam", "TLĐ", Level.MINISTRY, UnitKind.TRADE_UNION, "trung-uong", null),
            unit("ldld-lai-chau", "Liên đoàn Lao động tỉnh Lai Châu", "LĐLĐ", Level.PROVINCE, UnitKind.TRADE_UNION, "tong-ldld", null),
            unit("ldld-tp-lai-chau", "Liên đoàn Lao động thành phố Lai Châu", "LĐLĐ", Level.DISTRICT, UnitKind.TRADE_UNION,
                    "ldld-lai-chau", null),
            unit("ldld-tam-duong", "Liên đoàn Lao động huyện Tam Đường", "LĐLĐ", Level.DISTRICT, UnitKind.TRADE_UNION,
                    "ldld-lai-chau", null),
            unit("cd-thpt-le-quy-don", "Công đoàn Trường THPT Chuyên Lê Quý Đôn", "CĐCS", Level.COMMUNE, UnitKind.TRADE_UNION,
                    "ldld-tp-lai-chau", EDUCATION),
            unit("cd-benh-vien-lai-chau", "Công đoàn Bệnh viện Đa khoa tỉnh Lai Châu", "CĐCS", Level.COMMUNE,
                    UnitKind.TRADE_UNION, "ldld-tp-lai-chau", null),
            unit("cd-th-tam-duong", "Công đoàn Trường Tiểu học thị trấn Tam Đường", "CĐCS", Level.COMMUNE,
                    UnitKind.TRADE_UNION, "ldld-tam-duong", EDUCATION),
            unit("cd-ubnd-tam-duong", "Công đoàn cơ quan Ủy ban nhân dân huyện Tam Đường", "CĐCS", Level.COMMUNE,
                    UnitKind.TRADE_UNION, "ldld-tam-duong", null),
            unit("ldld-quang-nam", "Liên đoàn Lao động tỉnh Quảng Nam", "LĐLĐ", Level.PROVINCE, UnitKind.TRADE_UNION,
                    "tong-ldld", null),
            unit("ldld-dai-loc", "Liên đoàn Lao động huyện Đại Lộc", "LĐLĐ", Level.DISTRICT, UnitKind.TRADE_UNION,
                    "ldld-quang-nam", null));

    /** Besides one officer-and-council user per unit, named after it. */
    static final List<DemoUser> EXTRA_USERS = List.of(
            new DemoUser("kiem-tra-trung-uong", "Kiểm tra viên trung ương", "trung-uong", Set.of(Role.AUDITOR)),
            new DemoUser("kiem-tra-bo-ldtbxh", "Kiểm tra viên Bộ LĐTBXH", "bo-ldtbxh", Set.of(Role.AUDITOR)),
            new DemoUser("phan-tich-bo-ldtbxh", "Chuyên viên phân tích Bộ LĐTBXH", "bo-ldtbxh", Set.of(Role.ANALYST)),
            new DemoUser("hoi-dong-ldld-lai-chau", "Hội đồng TĐKT LĐLĐ tỉnh Lai Châu", "ldld-lai-chau", Set.of(Role.COUNCIL)),
            new DemoUser("can-bo-ldld-lai-chau", "Cán bộ LĐLĐ tỉnh Lai Châu", "ldld-lai-chau", Set.of(Role.OFFICER)),
            // the commune that the 2025 reform scenario creates under huyện Kbang and moves to the province
            new DemoUser("ubnd-xa-son-lang", "Cán bộ Ủy ban nhân dân xã Sơn Lang", "ubnd-xa-son-lang",
                    Set.of(Role.OFFICER, Role.COUNCIL)));

    private DemoData() {
    }

    static List<DemoUser> users() {
        List<DemoUser> perUnit = UNITS.stream()
                .map(unit -> new DemoUser(unit.unitId().value(), "Cán bộ " + unit.name(), unit.unitId().value(),
                        Set.of(Role.OFFICER, Role.COUNCIL)))
                .toList();
        return java.util.stream.Stream.concat(perUnit.stream(), EXTRA_USERS.stream()).toList();
    }

    private static CreateOrgUnit unit(String id, String name, String abbreviation, Level level, UnitKind kind,
                                      String parentId, String category) {
        return new CreateOrgUnit(new OrgUnitId(id), name, abbreviation, level, kind,
                parentId == null ? null : new OrgUnitId(parentId), category, null);
    }
}
