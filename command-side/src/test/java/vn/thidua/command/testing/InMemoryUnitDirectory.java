package vn.thidua.command.testing;

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
 * place, as the real directory stands after those events. {@code ancestorsAt} ignores the time and walks the
 * current parents, a merged parent standing for its survivor as in the real directory.
 */
public final class InMemoryUnitDirectory implements UnitDirectory {

    // One more than the levels, so a cycle set up by mistake ends the walk instead of the test.
    private static final int MAX_DEPTH = Level.values().length + 1;

    private final Map<OrgUnitId, Entry> units = new HashMap<>();

    public InMemoryUnitDirectory add(Entry entry) {
        units.put(entry.id(), entry);
        return this;
    }

    public InMemoryUnitDirectory add(OrgUnitId id, String name, String abbreviation, Level level, UnitKind kind,
                                     String category, OrgUnitId parentId, Set<AwardType> authority) {
        return add(new Entry(id, name, abbreviation, level, kind, category, parentId, Set.copyOf(authority), null));
    }

    /** A unit with no category. */
    public InMemoryUnitDirectory add(OrgUnitId id, String name, String abbreviation, Level level, UnitKind kind,
                                     OrgUnitId parentId, Set<AwardType> authority) {
        return add(id, name, abbreviation, level, kind, null, parentId, authority);
    }

    /** A people's committee with no abbreviation or category, the shape of the campaign seeds. */
    public InMemoryUnitDirectory add(OrgUnitId id, String name, Level level, OrgUnitId parentId,
                                     Set<AwardType> authority) {
        return add(id, name, null, level, UnitKind.PEOPLES_COMMITTEE, null, parentId, authority);
    }

    /** The unit now reports to {@code parentId}. */
    public InMemoryUnitDirectory reparent(OrgUnitId id, OrgUnitId parentId) {
        Entry unit = entry(id);
        return add(new Entry(unit.id(), unit.name(), unit.abbreviation(), unit.level(), unit.kind(), unit.category(),
                parentId, unit.authority(), unit.mergedInto()));
    }

    /** Records that {@code id} was merged into {@code survivorId}. */
    public InMemoryUnitDirectory merge(OrgUnitId id, OrgUnitId survivorId) {
        Entry unit = entry(id);
        return add(new Entry(unit.id(), unit.name(), unit.abbreviation(), unit.level(), unit.kind(), unit.category(),
                unit.parentId(), unit.authority(), survivorId));
    }

    /** The unit as added; fails when it was never added, which is a mistake in the test. */
    public Entry entry(OrgUnitId id) {
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
            OrgUnitId effective = survivorOf(parent);
            ancestors.add(effective);
            parent = find(effective).map(Entry::parentId).orElse(null);
        }
        return ancestors;
    }
}
