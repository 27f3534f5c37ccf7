package vn.thidua.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@code oauth2} profile's principal: a verified token becomes the same {@link ThiDuaUser} a Basic sign-in gives,
 * so {@link CurrentUser}, the A2 metadata and the scoping do not know which one signed in. The unit is the
 * {@code unit} claim, the roles the {@code roles} claim (names of {@link Role}; others are ignored), the user name
 * the {@code preferred_username} claim or else the subject. A token without a unit cannot act for anyone: 401.
 */
final class JwtUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String UNIT_CLAIM = "unit";
    static final String ROLES_CLAIM = "roles";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String unit = jwt.getClaimAsString(UNIT_CLAIM);
        if (unit == null || unit.isBlank()) {
            throw new InvalidBearerTokenException("the token names no unit (claim '" + UNIT_CLAIM + "')");
        }
        String username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("the token names no user (claims 'preferred_username', 'sub')");
        }
        Collection<GrantedAuthority> authorities = roles(jwt);
        ThiDuaUser user = new ThiDuaUser(username, "", unit, authorities);
        return UsernamePasswordAuthenticationToken.authenticated(user, jwt, authorities);
    }

    private static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> names = jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : List.of();
        return names.stream()
                .filter(name -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name)))
                .map(name -> (GrantedAuthority) new SimpleGrantedAuthority(Role.valueOf(name).authority()))
                .toList();
    }
}
