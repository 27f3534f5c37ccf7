package vn.thidua.api.award;

import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/**
 * The award register (sổ khen thưởng), paged: grants whose awardee's unit or deciding unit is in the viewer's
 * subtree; each filter is optional. {@code unit} is the awardee's unit (a collective, or an individual's unit).
 */
public record AwardRegisterQuery(Viewer viewer, PersonId person, OrgUnitId unit, Integer year, AwardType type,
                                 int page, int size) {
}
