package vn.thidua.api.campaign;

import vn.thidua.api.Require;

/** "Trong đó … dành cho …": {@code count} of a quota only nominees of {@code category} may take (D3). */
public record ReservedShare(String category, int count) {

    public ReservedShare {
        category = Require.text(category, "reserved.category");
        if (count <= 0) {
            throw new IllegalArgumentException("reserved share for " + category + " must be positive");
        }
    }
}
