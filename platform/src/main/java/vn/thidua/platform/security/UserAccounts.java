package vn.thidua.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Users are data (DESIGN §8): a username, a bcrypt password hash, the unit they act for and their roles, in a
 * table both sides read, so any instance authenticates any user.
 */
@Component
public class UserAccounts implements UserDetailsService {

    private final JdbcTemplate jdbc;

    public UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ThiDuaUser loadUserByUsername(String username) {
        List<ThiDuaUser> found = jdbc.query(
                "select username, password_hash, unit_id, roles from app_user where username = ?",
                (rs, row) -> new ThiDuaUser(rs.getString("username"), rs.getString("password_hash"),
                        rs.getString("unit_id"),
                        Arrays.stream(rs.getString("roles").split(","))
                                .map(role -> new SimpleGrantedAuthority(Role.valueOf(role.strip()).authority()))
                                .toList()),
                username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no user " + username);
        }
        return found.get(0);
    }

    public boolean exists(String username) {
        Integer count = jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username);
        return count != null && count > 0;
    }

    /** Adds a user unless one of that name exists; {@code passwordHash} is already encoded ({bcrypt}…). */
    public void addIfAbsent(String username, String displayName, String passwordHash, String unitId, Set<Role> roles) {
        if (exists(username)) {
            return;
        }
        try {
            jdbc.update("insert into app_user (username, display_name, password_hash, unit_id, roles) values (?, ?, ?, ?, ?)",
                    username, displayName, passwordHash, unitId,
                    roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        } catch (DuplicateKeyException addedByAnotherInstance) {
            // the same user, added at the same moment by an instance starting beside this one
        }
    }
}
