package vn.thidua.command.campaign;

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

/** The unit directory as a map filled by the test; {@code ancestorsAt} ignores the time. */
final class InMemoryUnitDirectory implements UnitDirectory {

    private final Map<OrgUnitId, Entry> units = new HashMap<>();

    InMemoryUnitDirectory add(OrgUnitId id, String name, Level level, OrgUnitId parentId, Set<AwardType> authority) {
        units.put(id, new Entry(id, name, null, level, UnitKind.PEOPLES_COMMITTEE, null, parentId,
                Set.copyOf(authority), null));
        return this;
    }

    /** Records that {@code id} was merged into {@code survivorId}. */
    InMemoryUnitDirectory merge(OrgUnitId id, OrgUnitId survivorId) {
        Entry unit = units.get(id);
        units.put(id, new Entry(unit.id(), unit.name(), unit.abbreviation(), unit.level(), unit.kind(), unit.category(),
                unit.parentId(), unit.authority(), survivorId));
        return this;
    }

    @Override
    public Optional<Entry> find(OrgUnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    @Override
    public List<OrgUnitId> ancestorsAt(OrgUnitId id, Instant at) {
        List<OrgUnitId> ancestors = new ArrayList<>();
        OrgUnitId parent = find(id).map(Entry::parentId).orElse(null);
        while (parent != null && ancestors.size() <= Level.values().length) {
            ancestors.add(parent);
            parent = find(parent).map(Entry::parentId).orElse(null);
        }
        return ancestors;
    }
}
