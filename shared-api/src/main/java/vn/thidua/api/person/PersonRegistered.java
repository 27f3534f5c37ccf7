package vn.thidua.api.person;

import vn.thidua.api.orgunit.OrgUnitId;

public record PersonRegistered(PersonId personId, String fullName, OrgUnitId unitId, String position, String category) {
}
