package vn.thidua.command.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.command.award.ConfiguredEligibilityRules;
import vn.thidua.command.award.EligibilityProperties;
import vn.thidua.command.award.EligibilityRules;
import vn.thidua.command.orgunit.AuthorityDefaults;
import vn.thidua.command.proposal.DossierRules;
import vn.thidua.command.proposal.TimeLimits;
import vn.thidua.command.title.TitleSchemes;

/**
 * One version of the award rules of DESIGN §5, read from its YAML document with Spring's own binder, so a rule set
 * is written exactly like the shipped defaults ({@code award-rules/2022.1.yml}) and checked as strictly: a document
 * that cannot be read whole is refused (R3) before it is ever in force.
 */
public record RuleSet(RuleSetVersion version, AuthorityDefaults authority, EligibilityRules eligibility,
                      DossierRules dossier, TimeLimits timeLimits, TitleSchemes titleScoring) {

    public static final String DEFAULTS = "award-rules/2022.1.yml";

    public static RuleSet read(RuleSetVersion version, String document) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("rule set " + version,
                    new ByteArrayResource(document.getBytes(StandardCharsets.UTF_8)));
            Binder binder = new Binder(ConfigurationPropertySources.from(sources));
            EligibilityProperties eligibility = binder.bindOrCreate("eligibility", EligibilityProperties.class);
            TitleSchemes titleScoring = binder.bindOrCreate("title-scoring", TitleSchemes.class);
            titleScoring.schemes().keySet().stream().filter(eligibility.rules()::containsKey).findFirst().ifPresent(type -> {
                throw new IllegalArgumentException(type + " has both an eligibility rule and a title-scoring scheme; "
                        + "a title scored on its criteria is judged by its scheme alone");
            });
            return new RuleSet(version,
                    binder.bindOrCreate("authority", AuthorityDefaults.class),
                    new ConfiguredEligibilityRules(version.value(), eligibility),
                    binder.bind("dossier", DossierRules.class)
                            .orElseThrow(() -> new IllegalArgumentException("the document has no 'dossier' section")),
                    binder.bind("time-limits", TimeLimits.class)
                            .orElseThrow(() -> new IllegalArgumentException("the document has no 'time-limits' section")),
                    titleScoring);
        } catch (IOException | RuntimeException unreadable) {
            throw RuleViolationException.invalid("R3", "rule set " + version + " cannot be read: " + reasons(unreadable));
        }
    }

    /** The binder wraps the reason that matters (a bad value, a misspelt enum) several levels deep. */
    private static String reasons(Throwable failure) {
        StringBuilder reasons = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !reasons.toString().contains(cause.getMessage())) {
                reasons.append(": ").append(cause.getMessage());
            }
        }
        return reasons.toString();
    }
}
