package vn.thidua.command.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/** The persons the command side knows, kept in the transaction of their events. */
public interface PersonDirectory {

    record Entry(PersonId personId, String fullName, OrgUnitId unitId, String category) {
    }

    Optional<Entry> find(PersonId personId);

    /** The persons of {@code personIds} the directory knows; a bulk registration looks them up together. */
    default Map<PersonId, Entry> findAll(Collection<PersonId> personIds) {
        Map<PersonId, Entry> found = new HashMap<>();
        personIds.forEach(id -> find(id).ifPresent(entry -> found.put(id, entry)));
        return found;
    }

    List<Entry> membersOf(OrgUnitId unitId);
}
