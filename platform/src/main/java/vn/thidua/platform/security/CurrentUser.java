package vn.thidua.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;

/** The user of the request being served, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<ThiDuaUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ThiDuaUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * The scope of what the current user may see: their unit's subtree; the query side widens it to everything for
     * an auditor at the top of the hierarchy (see {@link Viewer}).
     */
    public static Viewer viewer() {
        ThiDuaUser user = get();
        return new Viewer(new OrgUnitId(user.unitId()), user.hasRole(Role.AUDITOR));
    }

    /** For controllers behind authentication, where a missing user is a programming error. */
    public static ThiDuaUser get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated user"));
    }
}
