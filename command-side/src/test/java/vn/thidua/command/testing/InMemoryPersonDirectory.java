package vn.thidua.command.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.command.person.PersonDirectory;

/** The person directory as a map filled by the test. */
public final class InMemoryPersonDirectory implements PersonDirectory {

    // Insertion order keeps membersOf deterministic.
    private final Map<PersonId, Entry> persons = new LinkedHashMap<>();

    /** A person without a category of their own (they count in their unit's). */
    public InMemoryPersonDirectory add(PersonId personId, String fullName, OrgUnitId unitId) {
        persons.put(personId, new Entry(personId, fullName, unitId, null));
        return this;
    }

    @Override
    public Optional<Entry> find(PersonId personId) {
        return Optional.ofNullable(persons.get(personId));
    }

    @Override
    public List<Entry> membersOf(OrgUnitId unitId) {
        return persons.values().stream().filter(p -> p.unitId().equals(unitId)).toList();
    }
}
