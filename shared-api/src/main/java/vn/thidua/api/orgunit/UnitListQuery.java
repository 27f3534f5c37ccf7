package vn.thidua.api.orgunit;

import vn.thidua.api.Viewer;

/** The units in the viewer's subtree (its own unit included), all of them for an auditor, ordered from the top. */
public record UnitListQuery(Viewer viewer, int page, int size) {
}
