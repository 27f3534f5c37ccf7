package vn.thidua.command.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.command.orgunit.UnitDirectory;

/**
 * The unit directory as a map filled by the test instead of by unit events: units are re-parented and merged in
 * place, as the real directory stands after those events. {@code ancestorsAt} ignores the time.
 */
final class InMemoryUnitDirectory implements UnitDirectory {

    private static final int MAX_DEPTH = Level.values().length + 1;

    private final Map<OrgUnitId, Entry> units = new HashMap<>();

    InMemoryUnitDirectory add(OrgUnitId id, String name, String abbreviation, Level level, UnitKind kind,
                              String category, OrgUnitId parentId, Set<AwardType> authority) {
        units.put(id, new Entry(id, name, abbreviation, level, kind, category, parentId, Set.copyOf(authority), null));
        return this;
    }

    /** The unit now reports to {@code parentId}. */
    InMemoryUnitDirectory reparent(OrgUnitId id, OrgUnitId parentId) {
        Entry unit = entry(id);
        units.put(id, new Entry(unit.id(), unit.name(), unit.abbreviation(), unit.level(), unit.kind(), unit.category(),
                parentId, unit.authority(), unit.mergedInto()));
        return this;
    }

    /** Records that {@code id} was merged into {@code survivorId}. */
    InMemoryUnitDirectory merge(OrgUnitId id, OrgUnitId survivorId) {
        Entry unit = entry(id);
        units.put(id, new Entry(unit.id(), unit.name(), unit.abbreviation(), unit.level(), unit.kind(), unit.category(),
                unit.parentId(), unit.authority(), survivorId));
        return this;
    }

    /** The unit as added; fails when it was never added, which is a mistake in the test. */
    Entry entry(OrgUnitId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no unit " + id + " in the test directory"));
    }

    @Override
    public Optional<Entry> find(OrgUnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    @Override
    public List<OrgUnitId> ancestorsAt(OrgUnitId id, Instant at) {
        List<OrgUnitId> ancestors = new ArrayList<>();
        OrgUnitId parent = find(id).map(Entry::parentId).orElse(null);
        while (parent != null && ancestors.size() < MAX_DEPTH) {
            ancestors.add(parent);
            parent = find(parent).map(Entry::parentId).orElse(null);
        }
        return ancestors;
    }
}
