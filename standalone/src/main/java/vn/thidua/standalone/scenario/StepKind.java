package vn.thidua.standalone.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a step does, named as the analyst would say it, and the API path it posts to. A {@code {name}} in the path
 * is taken from the step's member of that name (e.g. {@code campaign: so-hg-2022}); every other member is the body.
 * {@code post} is the fallback for an endpoint without a name yet: its {@code path} and {@code body} are given as is.
 */
public enum StepKind {
    UNIT("/api/units"),
    REPARENT("/api/units/{unit}/reparent"),
    PERSON("/api/persons"),
    HISTORY("/api/achievements"),
    LAUNCH("/api/campaigns"),
    AMEND("/api/campaigns/{campaign}/amend"),
    REGISTER("/api/campaigns/{campaign}/registrations"),
    OPEN_REVIEW("/api/campaigns/{campaign}/reviews"),
    EVALUATE("/api/campaigns/{campaign}/reviews/{review}/evaluations"),
    CONCLUDE("/api/campaigns/{campaign}/reviews/{review}/conclude"),
    PROGRESS_REPORT("/api/campaigns/{campaign}/progress-reports"),
    CLOSE("/api/campaigns/{campaign}/close"),
    TITLE_STANDARDS("/api/campaigns/{campaign}/title-standards"),
    SELF_ASSESSMENT("/api/campaigns/{campaign}/self-assessments"),
    PROPOSE("/api/proposals"),
    FORWARD("/api/proposals/{proposal}/forward"),
    RETURN("/api/proposals/{proposal}/return"),
    RESUBMIT("/api/proposals/{proposal}/resubmit"),
    REJECT("/api/proposals/{proposal}/reject"),
    APPROVE("/api/proposals/{proposal}/approve"),
    WITHDRAW("/api/proposals/{proposal}/withdraw"),
    SCORE_TITLE("/api/proposals/{proposal}/title-scores"),
    DECIDE("/api/decisions"),
    REVOKE_GRANT("/api/decisions/{decision}/grants/{grant}/revoke"),
    POST("{path}");

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)}");

    private final String pathTemplate;

    StepKind(String pathTemplate) {
        this.pathTemplate = pathTemplate;
    }

    /** The name in a scenario file: {@code open-review}, {@code revoke-grant}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** The members of the step that go into the path, in order. */
    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(pathTemplate);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    public static Optional<StepKind> byKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(StepKind::key).toList();
    }
}
