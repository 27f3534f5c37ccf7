package vn.thidua.command.rules;

import static vn.thidua.api.RuleViolation.Kind.CONFLICT;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.RuleViolation.Kind.INVALID;
import static vn.thidua.command.testing.ActingFor.actingFor;
import static vn.thidua.command.testing.RuleViolations.violation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.rules.PublishRuleSet;
import vn.thidua.api.rules.RuleSetPublished;
import vn.thidua.api.rules.RuleSetSummary;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.command.testing.InMemoryUnitDirectory;

class PublishedRuleSetTest {

    private static final OrgUnitId TRUNG_UONG = new OrgUnitId("trung-uong");
    private static final OrgUnitId BO = new OrgUnitId("bo-ldtbxh");
    private static final RuleSetVersion SEEDED = new RuleSetVersion("2022.1");
    private static final RuleSetVersion NEXT = new RuleSetVersion("2026.1");

    private FixtureConfiguration<PublishedRuleSet> fixture;
    private final Set<RuleSetVersion> published = new HashSet<>(Set.of(SEEDED));
    private String defaults;

    @BeforeEach
    void setUp() throws IOException {
        defaults = new ClassPathResource(RuleSet.DEFAULTS).getContentAsString(StandardCharsets.UTF_8);
        fixture = new AggregateTestFixture<>(PublishedRuleSet.class);
        fixture.registerInjectableResource(new InMemoryUnitDirectory()
                .add(TRUNG_UONG, "Nhà nước", Level.NATIONAL, null, Set.of())
                .add(BO, "Bộ Lao động - Thương binh và Xã hội", Level.MINISTRY, TRUNG_UONG, Set.of()));
        fixture.registerInjectableResource(new RuleSetDirectory() {
            @Override
            public boolean contains(RuleSetVersion version) {
                return published.contains(version);
            }

            @Override
            public List<RuleSetSummary> all() {
                throw new UnsupportedOperationException("not used by the aggregate");
            }

            @Override
            public Optional<String> document(RuleSetVersion version) {
                throw new UnsupportedOperationException("not used by the aggregate");
            }
        });
    }

    @Test
    void R1_the_national_level_publishes_a_new_version() {
        String stricter = defaults.replace("all: [\"rating >= GOOD\"]", "all: [\"rating >= EXCELLENT\"]");
        fixture.givenNoPriorActivity()
                .when(new PublishRuleSet(NEXT, stricter), actingFor(TRUNG_UONG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RuleSetPublished(NEXT, stricter));
    }

    @Test
    void R1_a_ministry_does_not_publish_the_rules() {
        fixture.givenNoPriorActivity()
                .when(new PublishRuleSet(NEXT, defaults), actingFor(BO))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("R1", FORBIDDEN, "only the national level publishes them (you act for bo-ldtbxh)"));
    }

    @Test
    void R2_a_published_version_never_changes() {
        fixture.givenNoPriorActivity()
                .when(new PublishRuleSet(SEEDED, defaults), actingFor(TRUNG_UONG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("R2", CONFLICT, "rule set 2022.1 is already published"));
    }

    @Test
    void R3_a_document_that_cannot_be_read_is_refused_naming_what_is_wrong() {
        String misspelt = defaults.replace("all: [\"rating >= GOOD\"]", "all: [\"rated at least GOOD\"]");
        fixture.givenNoPriorActivity()
                .when(new PublishRuleSet(NEXT, misspelt), actingFor(TRUNG_UONG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("R3", INVALID, "'rated at least GOOD'"));
    }
}
