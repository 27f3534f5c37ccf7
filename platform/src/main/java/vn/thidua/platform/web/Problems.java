package vn.thidua.platform.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.api.RuleViolation;

/** RFC 9457 problem details with a {@code rule} member naming the rule of DESIGN §4 (or the request rule). */
@Component
public class Problems {

    /** The rule named when the request itself is malformed rather than refused by the domain. */
    public static final String REQUEST_RULE = "REQUEST";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(HttpStatus status, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("rule", rule);
        return problem;
    }

    public static ProblemDetail of(RuleViolation violation) {
        return of(statusOf(violation.kind()), violation.rule(), violation.detail());
    }

    /**
     * A write the database refused. A value it cannot hold (SQL state class 22, e.g. a text longer than its column)
     * is the caller's mistake, 400; anything else (a unique key or a lock another request took first) is a race the
     * caller may repeat, 409. The database's own message quotes SQL, so it is never part of the answer.
     */
    public static ProblemDetail ofRefusedWrite(Throwable refused) {
        for (Throwable t = refused; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return of(HttpStatus.BAD_REQUEST, REQUEST_RULE,
                        "a value is longer than the store holds (or not of its kind); shorten the texts and repeat");
            }
        }
        return of(HttpStatus.CONFLICT, "CONCURRENT_CHANGE",
                "another request changed the same records at the same time; read them again and repeat");
    }

    public static HttpStatus statusOf(RuleViolation.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    /** For filters, which answer before Spring MVC's message converters are reached. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        write(request, response, HttpStatus.valueOf(problem.getStatus()),
                String.valueOf(problem.getProperties() == null ? REQUEST_RULE : problem.getProperties().get("rule")),
                problem.getDetail());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String rule,
                      String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.put("rule", rule);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
