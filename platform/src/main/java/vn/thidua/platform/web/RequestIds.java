package vn.thidua.platform.web;

import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The correlation id and command id of the HTTP request being served on this thread. */
public final class RequestIds {

    static final String CORRELATION_ATTRIBUTE = RequestIds.class.getName() + ".correlation";
    static final String COMMAND_ATTRIBUTE = RequestIds.class.getName() + ".command";

    private RequestIds() {
    }

    public static Optional<String> correlationId() {
        return attribute(CORRELATION_ATTRIBUTE);
    }

    public static Optional<String> commandId() {
        return attribute(COMMAND_ATTRIBUTE);
    }

    private static Optional<String> attribute(String name) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null
                ? Optional.empty()
                : Optional.ofNullable((String) attributes.getAttribute(name, RequestAttributes.SCOPE_REQUEST));
    }
}
