package vn.thidua.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.platform.web.IdempotencyFilter;
import vn.thidua.platform.web.IdempotencyStore;
import vn.thidua.platform.web.Problems;

/**
 * Every API request is authenticated (HTTP Basic against the users table); health and the OpenAPI description are
 * open, and so are the web console's static files (they hold no data; the console calls the API with the user's
 * credentials). Failures answer as problem details. The API is stateless, so there is no session and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /** Sent by the web console on every call; answered without a Basic challenge. */
    static final String SCRIPT_REQUEST_HEADER = "X-Requested-With";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Not without a web server (the report command line), where there is no HTTP to secure. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurity(HttpSecurity http, Problems problems, IdempotencyStore idempotencyStore,
                                    TransactionTemplate transactions) throws Exception {
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/index.html", "/console/**", "/webjars/**", "/favicon.ico",
                                "/favicon.svg").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic
                        .realmName("thidua")
                        .authenticationEntryPoint((request, response, e) -> {
                            // the console's fetches say who they are: a challenge would pop the browser's own dialog
                            if (request.getHeader(SCRIPT_REQUEST_HEADER) == null) {
                                response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\"");
                            }
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "AUTH",
                                    "sign in with a user name and password (HTTP Basic)");
                        }))
                .exceptionHandling(errors -> errors
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "ROLE", "your role does not allow this action")))
                .addFilterAfter(new IdempotencyFilter(idempotencyStore, transactions, problems),
                        AuthorizationFilter.class);
        return http.build();
    }
}
