package vn.thidua.command.orgunit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.OrgUnitMerged;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.api.orgunit.OrgUnitReparented;
import vn.thidua.api.orgunit.UnitAuthorityChanged;
import vn.thidua.platform.axon.InTransactionProjection;

/**
 * The unit directory, written by a subscribing processor: in the very transaction that appends a unit's event,
 * so a command that checks a parent never reads a stale hierarchy, on any command-side instance.
 */
@Component
@InTransactionProjection
@ProcessingGroup(JpaUnitDirectory.PROCESSING_GROUP)
class JpaUnitDirectory implements UnitDirectory {

    static final String PROCESSING_GROUP = "unit-directory";
    /** Deeper than any real hierarchy (five levels): a corrupt row cannot make a lookup loop. */
    private static final int MAX_DEPTH = Level.values().length + 1;

    private final UnitRows units;
    private final ParentPeriods periods;

    JpaUnitDirectory(UnitRows units, ParentPeriods periods) {
        this.units = units;
        this.periods = periods;
    }

    @Override
    public Optional<Entry> find(OrgUnitId id) {
        return units.findById(id.value()).map(row -> new Entry(id, row.name, row.abbreviation, row.level, row.kind,
                row.category, row.parentId == null ? null : survivorOf(row.parentId, null), row.authority,
                row.mergedInto == null ? null : new OrgUnitId(row.mergedInto)));
    }

    @Override
    public List<OrgUnitId> ancestorsAt(OrgUnitId id, Instant at) {
        List<OrgUnitId> ancestors = new ArrayList<>();
        String current = id.value();
        while (ancestors.size() < MAX_DEPTH) {
            Optional<ParentPeriod> period = periods.findFirstByUnitIdAndValidFromLessThanEqualOrderByValidFromDesc(current, at);
            if (period.isEmpty() || period.get().parentId == null) {
                break;
            }
            OrgUnitId parent = survivorOf(period.get().parentId, at);
            ancestors.add(parent);
            current = parent.value();
        }
        return ancestors;
    }

    /** The unit that stands for {@code unitId} at {@code at} (now when null), following merges made by then. */
    private OrgUnitId survivorOf(String unitId, Instant at) {
        String current = unitId;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<UnitRow> row = units.findById(current);
            if (row.isEmpty() || row.get().mergedInto == null || (at != null && row.get().mergedAt.isAfter(at))) {
                break;
            }
            current = row.get().mergedInto;
        }
        return new OrgUnitId(current);
    }

    @EventHandler
    void on(OrgUnitCreated event, EventMessage<?> message, @Timestamp Instant at) {
        UnitRow row = new UnitRow(event.unitId().value());
        row.name = event.name();
        row.abbreviation = event.abbreviation();
        row.level = event.level();
        row.kind = event.kind();
        row.category = event.category();
        row.parentId = event.parentId() == null ? null : event.parentId().value();
        row.authority = event.authority();
        units.save(row);
        periods.save(new ParentPeriod(message.getIdentifier(), row.unitId, row.parentId, at));
    }

    @EventHandler
    void on(OrgUnitRenamed event) {
        units.findById(event.unitId().value()).ifPresent(row -> {
            row.name = event.name();
            row.abbreviation = event.abbreviation();
        });
    }

    @EventHandler
    void on(OrgUnitReparented event, EventMessage<?> message, @Timestamp Instant at) {
        units.findById(event.unitId().value()).ifPresent(row -> row.parentId = event.newParentId().value());
        periods.save(new ParentPeriod(message.getIdentifier(), event.unitId().value(), event.newParentId().value(), at));
    }

    @EventHandler
    void on(OrgUnitMerged event, @Timestamp Instant at) {
        units.findById(event.unitId().value()).ifPresent(row -> {
            row.mergedInto = event.survivorId().value();
            row.mergedAt = at;
        });
    }

    @EventHandler
    void on(UnitAuthorityChanged event) {
        units.findById(event.unitId().value()).ifPresent(row -> row.authority = event.authority());
    }
}
