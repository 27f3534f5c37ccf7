package vn.thidua.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The {@code oauth2} profile's token verification: the deployment names its identity provider by
 * {@code THIDUA_OAUTH2_JWK_SET_URI} (keys fetched when first needed), {@code THIDUA_OAUTH2_ISSUER_URI} (its keys found
 * through the issuer's metadata; when given with a JWK set URI, only checked against the {@code iss} claim), or
 * {@code THIDUA_OAUTH2_PUBLIC_KEY_LOCATION} (an RSA public key in PEM, for a provider without a JWK endpoint). Expiry
 * is always checked. With a {@link JwtDecoder}, {@link SecurityConfiguration} accepts bearer tokens instead of Basic.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("thidua.oauth2.enabled")
class OAuth2Configuration {

    @Bean
    JwtDecoder jwtDecoder(@Value("${thidua.oauth2.issuer-uri:}") String issuer,
                          @Value("${thidua.oauth2.jwk-set-uri:}") String jwkSetUri,
                          @Value("${thidua.oauth2.public-key-location:}") String publicKeyLocation) throws IOException {
        NimbusJwtDecoder decoder;
        if (!jwkSetUri.isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        } else if (!issuer.isBlank()) {
            decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
        } else if (!publicKeyLocation.isBlank()) {
            try (InputStream pem = new DefaultResourceLoader().getResource(publicKeyLocation).getInputStream()) {
                decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) RsaKeyConverters.x509().convert(pem)).build();
            }
        } else {
            throw new IllegalStateException("the oauth2 profile needs THIDUA_OAUTH2_ISSUER_URI, THIDUA_OAUTH2_JWK_SET_URI"
                    + " or THIDUA_OAUTH2_PUBLIC_KEY_LOCATION");
        }
        OAuth2TokenValidator<Jwt> validator = issuer.isBlank()
                ? JwtValidators.createDefault()
                : new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer));
        decoder.setJwtValidator(validator);
        return decoder;
    }
}
