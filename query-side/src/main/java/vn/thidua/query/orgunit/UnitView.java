package vn.thidua.query.orgunit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.api.orgunit.UnitSummary;

/**
 * A unit in the hierarchy view. {@code path} lists the ids from the top down ({@code /national/bo-ldtbxh/}), so a
 * subtree is one indexed prefix match; {@code lastSequence} makes a repeated delivery of a unit's event harmless.
 */
@Entity
@Table(name = "q_unit")
class UnitView {

    @Id
    @Column(name = "unit_id")
    String unitId;
    String name;
    String abbreviation;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    Level level;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    UnitKind kind;
    String category;
    @Column(name = "parent_id")
    String parentId;
    String authority;
    @Column(name = "merged_into")
    String mergedInto;
    String path;
    @Column(name = "last_sequence")
    long lastSequence;

    protected UnitView() {
    }

    UnitView(String unitId) {
        this.unitId = unitId;
    }

    void authority(Set<AwardType> types) {
        authority = types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    UnitSummary summary() {
        Set<AwardType> types = authority == null || authority.isEmpty()
                ? Set.of()
                : Arrays.stream(authority.split(",")).map(AwardType::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AwardType.class)));
        return new UnitSummary(new OrgUnitId(unitId), name, abbreviation, level, kind,
                parentId == null ? null : new OrgUnitId(parentId), category, types,
                mergedInto == null ? null : new OrgUnitId(mergedInto));
    }
}
