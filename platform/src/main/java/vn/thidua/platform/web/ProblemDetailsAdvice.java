package vn.thidua.platform.web;

import java.util.stream.Collectors;

import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.RuleViolationException;

/**
 * The one place where failures become RFC 9457 problem details: a refused command names its rule; a malformed
 * request is 400; nothing a caller did wrong answers 500, and no stack trace or SQL ever leaves the server.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolationException e) {
        return answer(Problems.of(e.violation()));
    }

    /** A refused command or query, as Axon hands it back, locally or through Axon Server. */
    @ExceptionHandler(HandlerExecutionException.class)
    ResponseEntity<ProblemDetail> handlerFailed(HandlerExecutionException e) {
        return e.getDetails()
                .filter(RuleViolation.class::isInstance)
                .map(details -> answer(Problems.of((RuleViolation) details)))
                .orElseGet(() -> unexpected(e));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownAggregate(AggregateNotFoundException e) {
        return answer(Problems.of(HttpStatus.NOT_FOUND, Problems.REQUEST_RULE,
                "nothing is known under the id " + e.getAggregateIdentifier()));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> idTaken(AggregateStreamCreationException e) {
        return answer(Problems.of(HttpStatus.CONFLICT, "ID_TAKEN",
                "the id chosen for the new record is already in use; ids are chosen by the caller and must be new"));
    }

    /** The store's message can quote SQL, so it is logged, not returned. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return answer(Problems.of(HttpStatus.CONFLICT, "CONCURRENT_CHANGE",
                "the record was changed by another request at the same time; read it again and repeat"));
    }

    /** Two transactions raced for the same row or unique key (the loser may repeat), or a value did not fit. */
    @ExceptionHandler({DataIntegrityViolationException.class, PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> raced(RuntimeException e) {
        log.info("Write refused by the database: {}", e.getMessage());
        return answer(Problems.ofRefusedWrite(e));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidArgument(IllegalArgumentException e) {
        return answer(Problems.of(HttpStatus.BAD_REQUEST, Problems.REQUEST_RULE, e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> invalidPathOrParameter(MethodArgumentTypeMismatchException e) {
        Throwable cause = e.getMostSpecificCause();
        return answer(Problems.of(HttpStatus.BAD_REQUEST, Problems.REQUEST_RULE,
                "'" + e.getName() + "' is not valid: " + cause.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String reference = RequestIds.correlationId().orElse("-");
        log.error("Unexpected failure (correlation {})", reference, e);
        return answer(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL",
                "the server failed to handle this request; quote reference " + reference + " to the operators"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return new ResponseEntity<>(Problems.of(HttpStatus.BAD_REQUEST, Problems.REQUEST_RULE, readableCause(e)),
                HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .collect(Collectors.joining("; "));
        return new ResponseEntity<>(Problems.of(HttpStatus.BAD_REQUEST, Problems.REQUEST_RULE, detail),
                HttpStatus.BAD_REQUEST);
    }

    /** Every other Spring MVC failure keeps its status, with the request rule named. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            problem.setProperty("rule", Problems.REQUEST_RULE);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** The sentence a record's constructor or the JSON parser gave, without class names or stack frames. */
    private static String readableCause(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof RuleViolationException) {
                return t.getMessage();
            }
        }
        Throwable root = e.getMostSpecificCause();
        if (root instanceof tools.jackson.core.JacksonException jackson) {
            String path = jackson instanceof tools.jackson.databind.DatabindException databind
                    ? databind.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                    : "";
            return "malformed request body" + (path.isEmpty() ? "" : " at " + path) + ": " + jackson.getOriginalMessage();
        }
        return "the request body is missing or is not JSON";
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
