package vn.thidua.platform.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** An authenticated civil servant: who they are, the unit they act for, and their roles. */
public class ThiDuaUser extends User {

    private final String unitId;

    public ThiDuaUser(String username, String passwordHash, String unitId,
                      Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, authorities);
        this.unitId = unitId;
    }

    public String unitId() {
        return unitId;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
