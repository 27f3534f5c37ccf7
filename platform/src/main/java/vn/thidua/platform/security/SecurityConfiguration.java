package vn.thidua.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.platform.web.IdempotencyFilter;
import vn.thidua.platform.web.IdempotencyStore;
import vn.thidua.platform.web.Problems;

/**
 * Every API request is authenticated, by HTTP Basic against the users table or, when a {@link JwtDecoder} is
 * configured (the {@code oauth2} profile), by a bearer token; health and the OpenAPI description are open, and so are
 * the web console's static files (they hold no data; the console calls the API with the user's credentials). Who may
 * call what is one model, {@link Action}, decided by {@link ActionAuthorization}. Failures answer as problem details.
 * <p>
 * No session and no CSRF token: credentials travel in the {@code Authorization} header of every request, never in a
 * cookie, so a cross-site page cannot make the browser send them and CSRF does not apply; the session policy is
 * stateless, so no session cookie is ever set.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Sent by the web console on every call; answered without a Basic challenge. */
    static final String SCRIPT_REQUEST_HEADER = "X-Requested-With";

    /** Same-origin console with no inline script or style; nothing may frame the app. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder(@Value("${thidua.security.basic.verified-for:PT10M}") Duration verifiedFor) {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), verifiedFor);
    }

    /**
     * A URL the firewall refuses ({@code ..}, {@code //}, encoded slashes or control characters) answers a problem
     * detail like any other malformed request, not the container's error page.
     */
    @Bean
    RequestRejectedHandler requestRejected(Problems problems) {
        return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                Problems.REQUEST_RULE, "the request URL is not acceptable: no '..', '//', encoded slashes or control"
                        + " characters");
    }

    /** Not without a web server (the report command line), where there is no HTTP to secure. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurity(HttpSecurity http, Problems problems, IdempotencyStore idempotencyStore,
                                    TransactionTemplate transactions, ObjectProvider<JwtDecoder> jwtDecoder,
                                    @Value("${thidua.security.login.max-failures:5}") int maxFailures,
                                    @Value("${thidua.security.login.window:PT5M}") Duration window) throws Exception {
        boolean bearer = jwtDecoder.getIfAvailable() != null;
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            // the console's fetches say who they are: a Basic challenge would pop the browser's own dialog
            if (bearer || request.getHeader(SCRIPT_REQUEST_HEADER) == null) {
                response.setHeader("WWW-Authenticate", bearer ? "Bearer" : "Basic realm=\"thidua\"");
            }
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "AUTH", bearer
                    ? "send a valid, unexpired bearer token naming your unit"
                    : "sign in with a user name and password (HTTP Basic)");
        };
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/**", "/actuator/replays/**").access(new ActionAuthorization())
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/index.html", "/console/**", "/webjars/**", "/favicon.ico",
                                "/favicon.svg").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "ROLE", "your role does not allow this action")))
                .addFilterAfter(new IdempotencyFilter(idempotencyStore, transactions, problems),
                        AuthorizationFilter.class);
        if (bearer) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(unauthenticated)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtUsers())));
        } else {
            http.httpBasic(basic -> basic.realmName("thidua").authenticationEntryPoint(unauthenticated))
                    .addFilterBefore(new LoginThrottle(maxFailures, window, problems), BasicAuthenticationFilter.class);
        }
        return http.build();
    }
}
