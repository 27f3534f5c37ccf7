package vn.thidua.command.orgunit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** From {@code validFrom} on, until a later period of the same unit, the unit's recorded parent was this one. */
@Entity
@Table(name = "cmd_unit_parent_period")
class ParentPeriod {

    /** The id of the event that started the period, which makes a repeated delivery harmless. */
    @Id
    @Column(name = "event_id")
    String eventId;
    @Column(name = "unit_id")
    String unitId;
    @Column(name = "parent_id")
    String parentId;
    @Column(name = "valid_from")
    Instant validFrom;

    protected ParentPeriod() {
    }

    ParentPeriod(String eventId, String unitId, String parentId, Instant validFrom) {
        this.eventId = eventId;
        this.unitId = unitId;
        this.parentId = parentId;
        this.validFrom = validFrom;
    }
}
