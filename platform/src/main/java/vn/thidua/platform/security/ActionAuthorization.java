package vn.thidua.platform.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The one authorization decision of the API: a request passes when it is an {@link Action} of the model and the
 * caller holds one of that action's roles. Fail closed: a path or method the model does not list is refused, so a
 * new endpoint cannot be reached before it is given its roles.
 */
public final class ActionAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new AuthorizationDecision(Action.of(request.getMethod(), path)
                .map(action -> action.allows(rolesOf(caller)))
                .orElse(false));
    }

    static Set<Role> rolesOf(Authentication caller) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : caller.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
