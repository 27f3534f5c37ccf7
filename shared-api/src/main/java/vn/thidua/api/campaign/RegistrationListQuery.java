package vn.thidua.api.campaign;

import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/**
 * A plan's registrations: all of them for its issuer (and above, and an auditor), otherwise those of participants
 * in the viewer's subtree; optionally only one unit's or one person's (null when absent).
 */
public record RegistrationListQuery(Viewer viewer, CampaignId campaignId, OrgUnitId unit, PersonId person, int page,
                                    int size) {
}
