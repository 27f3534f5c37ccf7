package vn.thidua.command.person;

import java.util.List;
import java.util.Optional;

import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/** The persons the command side knows, kept in the transaction of their events. */
public interface PersonDirectory {

    record Entry(PersonId personId, String fullName, OrgUnitId unitId, String category) {
    }

    Optional<Entry> find(PersonId personId);

    List<Entry> membersOf(OrgUnitId unitId);
}
