package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * Issue #9's hardening, as a caller meets it: security headers, no session cookie ever (the API authenticates by
 * header, so CSRF does not apply), request size limits, error bodies that never show how the server failed, and
 * login throttling.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardeningTest {

    @TempDir
    static Path data;

    private RunningApp app;

    @BeforeAll
    void start() {
        app = RunningApp.start(TestStore.h2(data).properties());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void every_answer_carries_the_security_headers_and_no_HSTS_over_plain_http() {
        for (Answer answer : List.of(app.as("ldld-lai-chau").get("/api/units"), app.anonymous().get("/api/units"))) {
            assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
                    "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void no_answer_ever_sets_a_cookie() {
        ApiClient user = app.as("ldld-lai-chau");
        List<Answer> answers = List.of(user.get("/api/units"), user.get("/api/units/ldld-lai-chau"),
                user.post("/api/persons", "{\"personId\": \"no-cookie\", \"fullName\": \"Lò Văn A\", \"unitId\": \"ldld-lai-chau\"}"),
                user.post("/api/persons", "{"), app.anonymous().get("/api/units"),
                app.anonymous().as("ldld-lai-chau", "wrong").get("/api/units"));
        for (Answer answer : answers) {
            assertThat(answer.raw().headers().allValues("Set-Cookie")).as(answer.toString()).isEmpty();
        }
    }

    @Test
    void a_body_over_1_MiB_is_refused_with_413_and_a_URL_over_the_header_limit_with_400() throws Exception {
        long events = app.eventCount();
        Answer huge = app.as("ldld-lai-chau").post("/api/persons", "{\"fullName\": \"" + "a".repeat(1 << 20) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.rule()).isEqualTo("REQUEST");

        HttpResponse<String> longUrl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/units?x=" + "a".repeat(20_000))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(longUrl.statusCode()).isEqualTo(400);
        assertNothingLeaks(longUrl.body());
        // refused by the container itself, before any filter: its page says no more than the status
        Answer nul = app.as("ldld-lai-chau").get("/api/units/%00");
        assertThat(nul.status()).isEqualTo(400);
        assertNothingLeaks(nul.body());
        assertThat(app.eventCount()).isEqualTo(events);
    }

    @Test
    void error_bodies_show_no_exception_stack_frame_or_SQL() {
        ApiClient province = app.as("ldld-lai-chau");
        List<Answer> failures = List.of(
                // a name the command accepts but the unit directory's column cannot hold: the database refuses it
                province.post("/api/units", """
                        {"unitId": "cd-ten-rat-dai", "name": "%s", "abbreviation": "CĐCS", "level": "COMMUNE",
                         "kind": "TRADE_UNION", "parentId": "ldld-lai-chau"}""".formatted("Công đoàn ".repeat(150))),
                province.post("/api/persons", "{\"personId\": \"x\", \"fullName\": [1, 2], \"unitId\": {\"a\": }"),
                province.post("/api/persons", "not json at all"),
                province.get("/api/audit?from=yesterday"),
                province.get("/api/campaigns?page=-1&size=999999999999"),
                province.post("/api/decisions/../revoke", "{}"));
        for (Answer failure : failures) {
            assertThat(failure.status()).as(failure.toString()).isBetween(400, 499);
            assertThat(failure.rule()).as(failure.toString()).isNotBlank();
            assertNothingLeaks(failure.body());
        }
    }

    @Test
    void AUTH_THROTTLED_after_five_failed_sign_ins_the_right_password_is_not_even_checked() {
        ApiClient wrong = app.anonymous().as("ubnd-xa-lo-ku", "wrong password");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(wrong.get("/api/units").status()).isEqualTo(401);
        }

        Answer throttled = app.as("ubnd-xa-lo-ku").get("/api/units");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.rule()).isEqualTo("AUTH_THROTTLED");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
        assertThat(app.as("ubnd-huyen-kbang").get("/api/units").status()).as("another user").isEqualTo(200);
    }

    @Test
    void AUTH_THROTTLED_a_successful_sign_in_clears_the_failures() {
        ApiClient wrong = app.anonymous().as("thcs-thi-tran", "wrong password");
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(wrong.get("/api/units").status()).isEqualTo(401);
        }
        assertThat(app.as("thcs-thi-tran").get("/api/units").status()).isEqualTo(200);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(wrong.get("/api/units").status()).isEqualTo(401);
        }
        assertThat(app.as("thcs-thi-tran").get("/api/units").status()).isEqualTo(200);
    }

    static void assertNothingLeaks(String body) {
        assertThat(body).doesNotContain("Exception", "at vn.", "at org.", "select ", "insert ", "SQL", "\tat ");
    }

    private String baseUrl() {
        return app.anonymous().get("/actuator/health").raw().uri().toString().replace("/actuator/health", "");
    }
}
