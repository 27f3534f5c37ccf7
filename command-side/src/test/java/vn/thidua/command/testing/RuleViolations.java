package vn.thidua.command.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.RuleViolationException;

/** Refusals as the fixture tests expect them: a fragment of the detail, so a test names only what it is about. */
public final class RuleViolations {

    private RuleViolations() {
    }

    /**
     * A refusal under {@code rule}, of {@code kind}, whose detail names {@code detail}. The message must lead with
     * the rule too, since the message is what crosses the command bus (RuleViolationInterceptor).
     */
    public static Matcher<RuleViolationException> violation(String rule, RuleViolation.Kind kind, String detail) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException exception, Description mismatch) {
                RuleViolation violation = exception.violation();
                mismatch.appendText("was ").appendValue(violation);
                return violation.rule().equals(rule) && violation.kind() == kind && violation.detail().contains(detail)
                        && exception.getMessage().startsWith(rule + ":");
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " violation of " + rule + " saying ").appendValue(detail);
            }
        };
    }
}
