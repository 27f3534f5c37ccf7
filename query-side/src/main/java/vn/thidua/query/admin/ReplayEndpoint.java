package vn.thidua.query.admin;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.platform.web.Problems;

/** The replay admin as an actuator endpoint ({@code /actuator/replays/{group}}), for operators' tooling. */
@Component
@Endpoint(id = "replays")
class ReplayEndpoint {

    private final ProcessorAdmin admin;

    ReplayEndpoint(ProcessorAdmin admin) {
        this.admin = admin;
    }

    @ReadOperation
    WebEndpointResponse<Object> progress(@Selector String group) {
        try {
            return new WebEndpointResponse<>(admin.progress(group));
        } catch (RuleViolationException e) {
            return refused(e);
        }
    }

    @WriteOperation
    WebEndpointResponse<Object> replay(@Selector String group) {
        try {
            return new WebEndpointResponse<>(admin.replay(group), 202);
        } catch (RuleViolationException e) {
            return refused(e);
        }
    }

    private static WebEndpointResponse<Object> refused(RuleViolationException e) {
        int status = Problems.statusOf(e.violation().kind()).value();
        return new WebEndpointResponse<>(Map.of("status", status, "rule", e.violation().rule(),
                "detail", e.violation().detail()), status);
    }
}
