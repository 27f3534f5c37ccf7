package vn.thidua.command.orgunit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;

/**
 * What the command side knows of the hierarchy beyond one aggregate: kept in the same transaction as the unit
 * events, so rules that look at a parent or an ancestor see every committed change.
 */
public interface UnitDirectory {

    /** A unit as it stands now; {@code parentId} is its effective parent (a merged parent resolves to its survivor). */
    record Entry(OrgUnitId id, String name, String abbreviation, Level level, UnitKind kind, String category,
                 OrgUnitId parentId, Set<AwardType> authority, OrgUnitId mergedInto) {

        public boolean merged() {
            return mergedInto != null;
        }
    }

    Optional<Entry> find(OrgUnitId id);

    /** Parent, grandparent, … up to the top, as the hierarchy stood at {@code at}; merges resolve as of then. */
    List<OrgUnitId> ancestorsAt(OrgUnitId id, Instant at);

    /** The unit that stands for {@code unit} now: itself, or the unit it was merged into (followed to the end). */
    default OrgUnitId survivorOf(OrgUnitId unit) {
        OrgUnitId current = unit;
        for (int depth = 0; depth < 10; depth++) {
            OrgUnitId next = find(current).map(Entry::mergedInto).orElse(null);
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** Whether {@code ancestor} is {@code unit} itself or above it now; a merged unit counts as part of its survivor. */
    default boolean isAncestorOrSelf(OrgUnitId ancestor, OrgUnitId unit) {
        OrgUnitId current = unit;
        while (current != null) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = find(current).map(entry -> entry.merged() ? entry.mergedInto() : entry.parentId()).orElse(null);
        }
        return false;
    }
}
