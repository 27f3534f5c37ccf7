package vn.thidua.command.orgunit;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.UnitKind;

/** The command side's row per unit; {@code parentId} is the parent recorded by the unit's own events. */
@Entity
@Table(name = "cmd_unit")
class UnitRow {

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
    @Convert(converter = AwardTypesConverter.class)
    Set<AwardType> authority;
    @Column(name = "merged_into")
    String mergedInto;
    @Column(name = "merged_at")
    Instant mergedAt;

    protected UnitRow() {
    }

    UnitRow(String unitId) {
        this.unitId = unitId;
    }
}
