package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.standalone.Steps.expect;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.thidua.platform.test.ApiClient.Answer;

/**
 * The {@code oauth2} profile: the app as a JWT resource server, its tokens signed here with a key generated for the
 * test (its public half given by {@code THIDUA_OAUTH2_PUBLIC_KEY_LOCATION}), so no identity provider is needed. The
 * unit and roles come from the token's claims into the same principal a Basic sign-in gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OAuth2ProfileTest {

    @TempDir
    static Path data;

    private RSAKey key;
    private RunningApp app;

    @BeforeAll
    void start() throws Exception {
        key = new RSAKeyGenerator(2048).generate();
        Path pem = data.resolve("issuer.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        Map<String, Object> properties = new HashMap<>(TestStore.h2(data).properties());
        properties.put("spring.profiles.active", "oauth2");
        properties.put("thidua.oauth2.public-key-location", pem.toUri().toString());
        app = RunningApp.start(properties);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_command_and_a_query_succeed_with_a_token_and_the_event_names_its_user_and_unit() throws Exception {
        String token = token(key, "can-bo-lai-chau", Map.of("unit", "ldld-lai-chau", "roles", List.of("OFFICER")),
                Instant.now().plusSeconds(300));

        Answer created = expect(201, app.anonymous().bearer(token).post("/api/persons", """
                {"personId": "jwt-lo-van-a", "fullName": "Lò Văn A", "unitId": "ldld-lai-chau"}"""));
        assertThat(created.json().path("personId").asString()).isEqualTo("jwt-lo-van-a");
        expect(200, app.anonymous().bearer(token).get("/api/units/ldld-lai-chau"));

        String auditor = token(key, "kiem-tra", Map.of("unit", "trung-uong", "roles", List.of("AUDITOR")),
                Instant.now().plusSeconds(300));
        Answer audit = expect(200, app.anonymous().bearer(auditor).get("/api/audit?aggregate=jwt-lo-van-a"));
        assertThat(audit.json().path("items").path(0).path("actor").asString()).isEqualTo("can-bo-lai-chau");
        assertThat(audit.json().path("items").path(0).path("actorUnit").asString()).isEqualTo("ldld-lai-chau");
    }

    @Test
    void the_roles_claim_is_the_model_s_roles() throws Exception {
        String analyst = token(key, "phan-tich", Map.of("unit", "ldld-lai-chau", "roles", List.of("ANALYST")),
                Instant.now().plusSeconds(300));

        Answer refused = app.anonymous().bearer(analyst).post("/api/persons", """
                {"personId": "jwt-lo-van-b", "fullName": "Lò Văn B", "unitId": "ldld-lai-chau"}""");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.rule()).isEqualTo("ROLE");
    }

    @Test
    void a_bad_signature_an_expired_token_a_token_without_a_unit_and_Basic_answer_401() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).generate();
        Map<String, Object> officer = Map.of("unit", "ldld-lai-chau", "roles", List.of("OFFICER"));
        List<Answer> refused = List.of(
                app.anonymous().bearer(token(stranger, "can-bo", officer, Instant.now().plusSeconds(300))).get("/api/units"),
                app.anonymous().bearer(token(key, "can-bo", officer, Instant.now().minusSeconds(600))).get("/api/units"),
                app.anonymous().bearer(token(key, "can-bo", Map.of("roles", List.of("OFFICER")),
                        Instant.now().plusSeconds(300))).get("/api/units"),
                app.anonymous().bearer("not.a.token").get("/api/units"),
                app.as("ldld-lai-chau").get("/api/units"));
        for (Answer answer : refused) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.rule()).isEqualTo("AUTH");
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
            HardeningTest.assertNothingLeaks(answer.body());
        }
    }

    private static String token(RSAKey signer, String subject, Map<String, Object> claims, Instant expires)
            throws JOSEException {
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder().subject(subject)
                .issueTime(Date.from(expires.minusSeconds(900))).expirationTime(Date.from(expires));
        claims.forEach(body::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), body.build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }
}
