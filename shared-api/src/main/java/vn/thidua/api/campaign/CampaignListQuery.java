package vn.thidua.api.campaign;

import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * The plans the viewer may list: those issued in its subtree (all for an auditor), optionally only one issuer's,
 * in one status, or running in {@code year} (the period overlaps it); absent filters are null.
 */
public record CampaignListQuery(Viewer viewer, OrgUnitId issuer, CampaignState.Status status, Integer year, int page,
                                int size) {
}
