package vn.thidua.command.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.api.achievement.InitiativeScope.NATIONAL;
import static vn.thidua.api.achievement.InitiativeScope.PROVINCE;
import static vn.thidua.api.achievement.InitiativeScope.UNIT;
import static vn.thidua.api.award.AwardType.ADVANCED_COLLECTIVE;
import static vn.thidua.api.award.AwardType.ADVANCED_WORKER;
import static vn.thidua.api.award.AwardType.CERTIFICATE_OF_MERIT;
import static vn.thidua.api.award.AwardType.CULTURAL_STANDARD_TITLE;
import static vn.thidua.api.award.AwardType.EMULATION_FLAG;
import static vn.thidua.api.award.AwardType.EXCELLENT_COLLECTIVE;
import static vn.thidua.api.award.AwardType.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.api.award.AwardType.LABOUR_ORDER_3;
import static vn.thidua.api.award.AwardType.MINISTERIAL_OR_PROVINCIAL_COMMENDATION;
import static vn.thidua.api.award.AwardType.PRIME_MINISTER_COMMENDATION;
import static vn.thidua.api.award.AwardType.PROVINCIAL_EMULATION_FIGHTER;
import static vn.thidua.api.campaign.Rating.COMPLETED;
import static vn.thidua.api.campaign.Rating.EXCELLENT;
import static vn.thidua.api.campaign.Rating.GOOD;
import static vn.thidua.api.campaign.Rating.NOT_COMPLETED;
import static vn.thidua.command.award.HistoryFixture.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.io.ClassPathResource;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.command.award.EligibilityProperties.RouteSpec;
import vn.thidua.command.award.EligibilityProperties.RuleSpec;
import vn.thidua.command.rules.RuleSet;
import vn.thidua.api.rules.RuleSetVersion;
import java.nio.charset.StandardCharsets;

/**
 * The default rules of {@code award-rules/2022.1.yml} (DESIGN §5), read exactly as the application reads them: for each
 * award type a nominee who just qualifies and one who falls one condition short. The year under review is 2024.
 */
class EligibilityRulesTest {

    private static final int YEAR = 2024;
    private static final OrgUnitId UNIT_ID = new OrgUnitId("so-noi-vu");

    private static EligibilityRules rules;

    @BeforeAll
    static void readTheDefaults() throws IOException {
        rules = RuleSet.read(new RuleSetVersion("2022.1"),
                new ClassPathResource(RuleSet.DEFAULTS).getContentAsString(StandardCharsets.UTF_8)).eligibility();
    }

    // ADVANCED_WORKER

    @Test
    void ADVANCED_WORKER_just_qualifies_rated_good() {
        assertEligible(rules.check(ADVANCED_WORKER, person(GOOD, history())), "Art. 24, rated good");
    }

    @Test
    void ADVANCED_WORKER_fails_rated_completed() {
        assertThat(rules.check(ADVANCED_WORKER, person(COMPLETED, history())).failures())
                .containsExactly("Art. 24, rated good — rating >= GOOD: rated COMPLETED in 2024");
    }

    @Test
    void ADVANCED_WORKER_fails_without_a_rating_this_year() {
        assertThat(rules.check(ADVANCED_WORKER, person(null, history().rated(EXCELLENT, 2023))).failures())
                .containsExactly("Art. 24, rated good — rating >= GOOD: not rated in 2024");
    }

    // GRASSROOTS_EMULATION_FIGHTER

    @Test
    void GRASSROOTS_EMULATION_FIGHTER_just_qualifies_by_excellent_rating() {
        Verdict verdict = rules.check(GRASSROOTS_EMULATION_FIGHTER, person(EXCELLENT, history()));

        assertEligible(verdict, "Art. 21, rated excellent");
        assertThat(verdict.usedInitiative()).isFalse();
    }

    @Test
    void GRASSROOTS_EMULATION_FIGHTER_just_qualifies_by_a_unit_initiative_this_year() {
        Verdict verdict = rules.check(GRASSROOTS_EMULATION_FIGHTER, person(GOOD, history().initiative(YEAR, UNIT)));

        assertEligible(verdict, "Art. 21, initiative");
        assertThat(verdict.usedInitiative()).isTrue();
    }

    @Test
    void GRASSROOTS_EMULATION_FIGHTER_fails_rated_good_with_last_years_initiative() {
        Verdict verdict = rules.check(GRASSROOTS_EMULATION_FIGHTER, person(GOOD, history().initiative(2023, UNIT)));

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.failures()).containsExactly(
                "Art. 21, rated excellent — rating >= EXCELLENT: rated GOOD in 2024",
                "Art. 21, initiative — initiative >= UNIT this year: found 0 in 2024");
    }

    @Test
    void GRASSROOTS_EMULATION_FIGHTER_fails_with_an_initiative_but_not_an_advanced_worker() {
        Verdict verdict = rules.check(GRASSROOTS_EMULATION_FIGHTER, person(COMPLETED, history().initiative(YEAR, NATIONAL)));

        assertThat(verdict.failures()).contains("Art. 21, initiative — eligible ADVANCED_WORKER: not eligible "
                + "(Art. 24, rated good — rating >= GOOD: rated COMPLETED in 2024)");
    }

    // PROVINCIAL_EMULATION_FIGHTER

    @Test
    void PROVINCIAL_EMULATION_FIGHTER_just_qualifies_with_three_titles_and_a_provincial_initiative_two_years_ago() {
        HistoryFixture record = history().awarded(GRASSROOTS_EMULATION_FIGHTER, 2022, 2023, 2024).initiative(2022, PROVINCE);

        Verdict verdict = rules.check(PROVINCIAL_EMULATION_FIGHTER, person(EXCELLENT, record));

        assertEligible(verdict, "Art. 21, three grassroots titles and a provincial initiative");
        assertThat(verdict.usedInitiative()).isTrue();
    }

    @Test
    void PROVINCIAL_EMULATION_FIGHTER_qualifies_with_titles_up_to_last_year_when_this_years_is_not_granted_yet() {
        HistoryFixture record = history().awarded(GRASSROOTS_EMULATION_FIGHTER, 2021, 2022, 2023).initiative(2023, PROVINCE);

        assertEligible(rules.check(PROVINCIAL_EMULATION_FIGHTER, person(EXCELLENT, record)),
                "Art. 21, three grassroots titles and a provincial initiative");
    }

    @Test
    void PROVINCIAL_EMULATION_FIGHTER_fails_with_two_consecutive_grassroots_titles() {
        HistoryFixture record = history().awarded(GRASSROOTS_EMULATION_FIGHTER, 2021, 2023, 2024).initiative(YEAR, PROVINCE);

        assertThat(rules.check(PROVINCIAL_EMULATION_FIGHTER, person(EXCELLENT, record)).failures()).containsExactly(
                "Art. 21, three grassroots titles and a provincial initiative — "
                        + "GRASSROOTS_EMULATION_FIGHTER in 3 consecutive years: up to 2024 found 2 (2023, 2024)");
    }

    @Test
    void PROVINCIAL_EMULATION_FIGHTER_fails_with_only_a_unit_initiative_in_the_three_years() {
        HistoryFixture record = history().awarded(GRASSROOTS_EMULATION_FIGHTER, 2022, 2023, 2024)
                .initiative(2021, PROVINCE).initiative(2023, UNIT);

        assertThat(rules.check(PROVINCIAL_EMULATION_FIGHTER, person(EXCELLENT, record)).failures()).containsExactly(
                "Art. 21, three grassroots titles and a provincial initiative — "
                        + "initiative >= PROVINCE in the last 3 years: found 0 in 2022–2024 (recognised there: 2023 UNIT)");
    }

    // MINISTERIAL_OR_PROVINCIAL_COMMENDATION

    @Test
    void MINISTERIAL_OR_PROVINCIAL_COMMENDATION_just_qualifies_with_two_consecutive_grassroots_titles() {
        HistoryFixture record = history().awarded(GRASSROOTS_EMULATION_FIGHTER, 2023, 2024);

        Verdict verdict = rules.check(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, person(GOOD, record));

        assertEligible(verdict, "Art. 74, two grassroots titles");
        assertThat(verdict.usedInitiative()).isFalse();
    }

    @Test
    void MINISTERIAL_OR_PROVINCIAL_COMMENDATION_just_qualifies_with_two_excellent_years_and_two_initiatives() {
        HistoryFixture record = history().rated(EXCELLENT, 2023).initiative(2023, UNIT).initiative(2024, UNIT);

        Verdict verdict = rules.check(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, person(EXCELLENT, record));

        assertEligible(verdict, "Art. 74, two excellent years with two initiatives");
        assertThat(verdict.usedInitiative()).isTrue();
    }

    @Test
    void MINISTERIAL_OR_PROVINCIAL_COMMENDATION_fails_with_two_excellent_years_but_one_initiative() {
        HistoryFixture record = history().rated(EXCELLENT, 2023).initiative(2022, UNIT).initiative(2024, UNIT)
                .awarded(GRASSROOTS_EMULATION_FIGHTER, 2022, 2024);

        assertThat(rules.check(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, person(EXCELLENT, record)).failures())
                .containsExactly(
                        "Art. 74, two grassroots titles — GRASSROOTS_EMULATION_FIGHTER in 2 consecutive years: "
                                + "up to 2024 found 1 (2024)",
                        "Art. 74, two excellent years with two initiatives — 2 initiatives >= UNIT in the last 2 years: "
                                + "found 1 in 2023–2024 (recognised there: 2024 UNIT)",
                        "collective, two excellent years (unsourced) — only for COLLECTIVE nominees");
    }

    @Test
    void MINISTERIAL_OR_PROVINCIAL_COMMENDATION_for_a_collective_just_qualifies_by_the_unsourced_route() {
        Verdict verdict = rules.check(MINISTERIAL_OR_PROVINCIAL_COMMENDATION,
                collective(EXCELLENT, history().rated(EXCELLENT, 2023), List.of()));

        assertEligible(verdict, "collective, two excellent years (unsourced)");
    }

    @Test
    void MINISTERIAL_OR_PROVINCIAL_COMMENDATION_for_a_collective_fails_with_one_excellent_year() {
        assertThat(rules.check(MINISTERIAL_OR_PROVINCIAL_COMMENDATION,
                collective(EXCELLENT, history().rated(GOOD, 2023), List.of())).failures()).containsExactly(
                "Art. 74, two grassroots titles — only for INDIVIDUAL nominees",
                "Art. 74, two excellent years with two initiatives — only for INDIVIDUAL nominees",
                "collective, two excellent years (unsourced) — rating >= EXCELLENT for 2 consecutive years: "
                        + "found 1 (2024), rated GOOD in 2023");
    }

    // EXCELLENT_COLLECTIVE: 10 members, 7 of them advanced workers by their rating, one a grassroots fighter

    @Test
    void EXCELLENT_COLLECTIVE_just_qualifies_with_seventy_percent_advanced_workers_and_one_fighter() {
        List<Candidate.Member> members = members(1, EXCELLENT, 6, GOOD, 3, COMPLETED);

        assertEligible(rules.check(EXCELLENT_COLLECTIVE, collective(EXCELLENT, history(), members)), "Art. 27");
    }

    @Test
    void EXCELLENT_COLLECTIVE_fails_with_sixty_percent_advanced_workers() {
        List<Candidate.Member> members = members(1, EXCELLENT, 5, GOOD, 4, COMPLETED);

        assertThat(rules.check(EXCELLENT_COLLECTIVE, collective(EXCELLENT, history(), members)).failures())
                .containsExactly("Art. 27 — members with ADVANCED_WORKER >= 70%: found 6 of 10 members, 7 needed");
    }

    @Test
    void EXCELLENT_COLLECTIVE_fails_when_one_member_is_not_rated() {
        List<Candidate.Member> members = new ArrayList<>(members(1, EXCELLENT, 6, GOOD, 2, COMPLETED));
        members.add(new Candidate.Member("m10", null, history()));

        assertThat(rules.check(EXCELLENT_COLLECTIVE, collective(EXCELLENT, history(), members)).failures())
                .containsExactly("Art. 27 — all members rating >= COMPLETED: 1 of 10 members below COMPLETED: m10 not rated");
    }

    @Test
    void EXCELLENT_COLLECTIVE_fails_without_a_grassroots_fighter() {
        List<Candidate.Member> members = members(0, EXCELLENT, 7, GOOD, 3, COMPLETED);

        assertThat(rules.check(EXCELLENT_COLLECTIVE, collective(EXCELLENT, history(), members)).failures())
                .containsExactly("Art. 27 — members with GRASSROOTS_EMULATION_FIGHTER >= 1: found 0 of 10 members, 1 needed");
    }

    @Test
    void EXCELLENT_COLLECTIVE_counts_a_title_already_granted_this_year_as_well_as_one_the_member_meets() {
        List<Candidate.Member> members = new ArrayList<>(members(0, EXCELLENT, 6, GOOD, 3, COMPLETED));
        members.add(new Candidate.Member("m10", GOOD, history().awarded(GRASSROOTS_EMULATION_FIGHTER, YEAR)));

        assertEligible(rules.check(EXCELLENT_COLLECTIVE, collective(EXCELLENT, history(), members)), "Art. 27");
    }

    @Test
    void EXCELLENT_COLLECTIVE_fails_with_no_members() {
        assertThat(rules.check(EXCELLENT_COLLECTIVE, collective(EXCELLENT, history(), List.of())).failures())
                .containsExactly(
                        "Art. 27 — all members rating >= COMPLETED: the collective has no members",
                        "Art. 27 — members with ADVANCED_WORKER >= 70%: the collective has no members",
                        "Art. 27 — members with GRASSROOTS_EMULATION_FIGHTER >= 1: the collective has no members");
    }

    // ADVANCED_COLLECTIVE

    @Test
    void ADVANCED_COLLECTIVE_just_qualifies_with_six_of_ten_advanced_workers() {
        List<Candidate.Member> members = members(0, EXCELLENT, 6, GOOD, 4, NOT_COMPLETED);

        assertEligible(rules.check(ADVANCED_COLLECTIVE, collective(GOOD, history(), members)), "Art. 28");
    }

    @Test
    void ADVANCED_COLLECTIVE_fails_with_exactly_half_advanced_workers() {
        List<Candidate.Member> members = members(0, EXCELLENT, 5, GOOD, 5, COMPLETED);

        assertThat(rules.check(ADVANCED_COLLECTIVE, collective(GOOD, history(), members)).failures())
                .containsExactly("Art. 28 — members with ADVANCED_WORKER > 50%: found 5 of 10 members, 6 needed");
    }

    @Test
    void ADVANCED_COLLECTIVE_fails_with_a_member_disciplined_this_year() {
        List<Candidate.Member> members = new ArrayList<>(members(0, EXCELLENT, 6, GOOD, 3, COMPLETED));
        members.add(new Candidate.Member("m10", COMPLETED, history().disciplined(YEAR)));

        assertThat(rules.check(ADVANCED_COLLECTIVE, collective(GOOD, history(), members)).failures())
                .containsExactly("Art. 28 — no member disciplined: disciplined in 2024: m10");
    }

    // PRIME_MINISTER_COMMENDATION

    @Test
    void PRIME_MINISTER_COMMENDATION_just_qualifies_five_good_years_after_a_ministerial_commendation() {
        HistoryFixture record = history().awarded(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, 2019)
                .ratedFromTo(GOOD, 2020, 2023).awarded(GRASSROOTS_EMULATION_FIGHTER, 2020, 2022, 2024);

        Verdict verdict = rules.check(PRIME_MINISTER_COMMENDATION, person(GOOD, record));

        assertEligible(verdict, "Art. 73(1)(b), five years after a ministerial or provincial commendation");
    }

    @Test
    void PRIME_MINISTER_COMMENDATION_fails_four_years_after_a_ministerial_commendation() {
        HistoryFixture record = history().awarded(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, 2020)
                .ratedFromTo(GOOD, 2021, 2023).awarded(GRASSROOTS_EMULATION_FIGHTER, 2021, 2022, 2024);

        assertThat(rules.check(PRIME_MINISTER_COMMENDATION, person(GOOD, record)).failures()).containsExactly(
                "Art. 73(1)(b), five years after a ministerial or provincial commendation — since "
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION: rating >= GOOD for 5 consecutive years: after "
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION in 2020: only 4 years (2021–2024)",
                "Art. 73(1)(a), outstanding achievement — outstanding: not marked outstanding by the proposer");
    }

    @Test
    void PRIME_MINISTER_COMMENDATION_fails_with_two_grassroots_titles_since_the_commendation() {
        HistoryFixture record = history().awarded(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, 2019)
                .ratedFromTo(GOOD, 2020, 2023).awarded(GRASSROOTS_EMULATION_FIGHTER, 2019, 2022, 2024);

        assertThat(rules.check(PRIME_MINISTER_COMMENDATION, person(GOOD, record)).failures()).contains(
                "Art. 73(1)(b), five years after a ministerial or provincial commendation — since "
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION: GRASSROOTS_EMULATION_FIGHTER in 3 of those years: after "
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION in 2019 found 2 (2022, 2024)");
    }

    @Test
    void PRIME_MINISTER_COMMENDATION_fails_when_a_year_since_the_commendation_broke_the_run() {
        HistoryFixture record = history().awarded(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, 2017)
                .ratedFromTo(GOOD, 2018, 2023).rated(COMPLETED, 2018)
                .awarded(GRASSROOTS_EMULATION_FIGHTER, 2020, 2022, 2024);

        assertThat(rules.check(PRIME_MINISTER_COMMENDATION, person(GOOD, record)).failures()).contains(
                "Art. 73(1)(b), five years after a ministerial or provincial commendation — since "
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION: rating >= GOOD for 5 consecutive years: after "
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION in 2017: rated COMPLETED in 2018");
    }

    @Test
    void PRIME_MINISTER_COMMENDATION_fails_without_an_earlier_commendation() {
        HistoryFixture record = history().ratedFromTo(GOOD, 2015, 2023).awarded(GRASSROOTS_EMULATION_FIGHTER, 2020, 2022, 2024);

        assertThat(rules.check(PRIME_MINISTER_COMMENDATION, person(GOOD, record)).failures()).contains(
                "Art. 73(1)(b), five years after a ministerial or provincial commendation — "
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION earlier: not received before 2024");
    }

    @Test
    void PRIME_MINISTER_COMMENDATION_just_qualifies_by_an_outstanding_achievement() {
        Candidate nominee = new Candidate(individual(), YEAR, GOOD, true, history(), List.of());

        assertEligible(rules.check(PRIME_MINISTER_COMMENDATION, nominee), "Art. 73(1)(a), outstanding achievement");
    }

    // LABOUR_ORDER_3

    @Test
    void LABOUR_ORDER_3_just_qualifies_five_years_after_a_prime_ministers_commendation() {
        Verdict verdict = rules.check(LABOUR_ORDER_3, person(GOOD, labourOrderRecord().rated(EXCELLENT, 2022)));

        assertEligible(verdict, "Art. 44, five years after a Prime Minister's commendation");
    }

    @Test
    void LABOUR_ORDER_3_fails_without_an_excellent_year() {
        assertThat(rules.check(LABOUR_ORDER_3, person(GOOD, labourOrderRecord())).failures()).containsExactly(
                "Art. 44, five years after a Prime Minister's commendation — since PRIME_MINISTER_COMMENDATION: "
                        + "rating >= EXCELLENT in 1 of those years: after PRIME_MINISTER_COMMENDATION in 2019 found 0");
    }

    @Test
    void LABOUR_ORDER_3_fails_for_a_collective_nominee_as_no_collective_route_is_modelled() {
        assertThat(rules.check(LABOUR_ORDER_3, collective(EXCELLENT, labourOrderRecord(), List.of())).failures())
                .containsExactly("Art. 44, five years after a Prime Minister's commendation — only for INDIVIDUAL nominees");
    }

    // CERTIFICATE_OF_MERIT (CULTURAL_STANDARD_TITLE is judged by its scoring scheme, see TitleSchemes)

    @Test
    void CERTIFICATE_OF_MERIT_just_qualifies_rated_good_for_either_kind_of_nominee() {
        assertEligible(rules.check(CERTIFICATE_OF_MERIT, person(GOOD, history())), "rated good (not statutory)");
        assertEligible(rules.check(CERTIFICATE_OF_MERIT, collective(GOOD, history(), List.of())), "rated good (not statutory)");
    }

    @Test
    void CERTIFICATE_OF_MERIT_fails_rated_completed() {
        assertThat(rules.check(CERTIFICATE_OF_MERIT, person(COMPLETED, history())).failures())
                .containsExactly("rated good (not statutory) — rating >= GOOD: rated COMPLETED in 2024");
    }

    // the rule set itself

    @Test
    void an_award_type_without_a_rule_defaults_to_excellent_marked_unsourced() {
        assertEligible(rules.check(EMULATION_FLAG, collective(EXCELLENT, history(), List.of())),
                "default (unsourced): rated EXCELLENT this year");
        assertThat(rules.check(EMULATION_FLAG, collective(GOOD, history(), List.of())).failures()).containsExactly(
                "default (unsourced): rated EXCELLENT this year — rating >= EXCELLENT: rated GOOD in 2024");
    }

    @Test
    void an_award_type_is_refused_to_a_kind_of_nominee_it_is_not_for() {
        assertThat(rules.check(ADVANCED_WORKER, collective(EXCELLENT, history(), List.of())).failures())
                .containsExactly("ADVANCED_WORKER is not awarded to COLLECTIVE nominees");
    }

    @Test
    void usedInitiative_is_true_only_when_the_winning_route_used_an_initiative() {
        HistoryFixture withInitiative = history().initiative(YEAR, UNIT);

        assertThat(rules.check(GRASSROOTS_EMULATION_FIGHTER, person(EXCELLENT, withInitiative)))
                .returns("Art. 21, rated excellent", Verdict::route).returns(false, Verdict::usedInitiative);
        assertThat(rules.check(GRASSROOTS_EMULATION_FIGHTER, person(GOOD, withInitiative)))
                .returns("Art. 21, initiative", Verdict::route).returns(true, Verdict::usedInitiative);
        assertThat(rules.check(GRASSROOTS_EMULATION_FIGHTER, person(COMPLETED, withInitiative)).usedInitiative()).isFalse();
    }

    @Test
    void version_is_the_published_one() {
        assertThat(rules.version()).isEqualTo("2022.1");
    }

    @Test
    void a_condition_that_cannot_be_read_refuses_the_rules_naming_the_award_type_and_the_condition() {
        assertThatThrownBy(() -> rulesOf(GRASSROOTS_EMULATION_FIGHTER, "eligible ADVANCED_WORKER", "rating >= SUPERB"))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("GRASSROOTS_EMULATION_FIGHTER")
                .hasMessageContaining("'rating >= SUPERB'")
                .hasMessageContaining("unknown rating SUPERB (one of NOT_COMPLETED, COMPLETED, GOOD, EXCELLENT)");
        assertThatThrownBy(() -> rulesOf(ADVANCED_WORKER, "rated at least GOOD"))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("ADVANCED_WORKER")
                .hasMessageContaining("'rated at least GOOD'")
                .hasMessageContaining("not a known condition");
    }

    @Test
    void a_rule_that_depends_on_itself_refuses_the_rules() {
        Map<AwardType, RuleSpec> cycle = Map.of(
                ADVANCED_WORKER, rule("eligible GRASSROOTS_EMULATION_FIGHTER"),
                GRASSROOTS_EMULATION_FIGHTER, rule("rating >= GOOD", "eligible ADVANCED_WORKER"));

        assertThatThrownBy(() -> new ConfiguredEligibilityRules("test", new EligibilityProperties(cycle)))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("a rule depends on itself")
                .hasMessageMatching("(?s).*(ADVANCED_WORKER -> GRASSROOTS_EMULATION_FIGHTER -> ADVANCED_WORKER"
                        + "|GRASSROOTS_EMULATION_FIGHTER -> ADVANCED_WORKER -> GRASSROOTS_EMULATION_FIGHTER).*");
    }

    // helpers

    private static void assertEligible(Verdict verdict, String route) {
        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.route()).isEqualTo(route);
    }

    /** A Prime Minister's commendation in 2019, then 2020–2024 rated GOOD with three grassroots titles. */
    private static HistoryFixture labourOrderRecord() {
        return history().awarded(PRIME_MINISTER_COMMENDATION, 2019).ratedFromTo(GOOD, 2020, 2023)
                .awarded(GRASSROOTS_EMULATION_FIGHTER, 2020, 2022, 2024);
    }

    private static Participant individual() {
        return Participant.individual(new PersonId("nguyen-van-a"), UNIT_ID);
    }

    private static Candidate person(Rating rating, HistoryFixture history) {
        return new Candidate(individual(), YEAR, rating, false, history, List.of());
    }

    private static Candidate collective(Rating rating, HistoryFixture history, List<Candidate.Member> members) {
        return new Candidate(Participant.collective(UNIT_ID), YEAR, rating, false, history, members);
    }

    /** Members m1, m2, … with no past, e.g. {@code members(1, EXCELLENT, 6, GOOD, 3, COMPLETED)}. */
    private static List<Candidate.Member> members(int count1, Rating rating1, int count2, Rating rating2,
                                                  int count3, Rating rating3) {
        List<Candidate.Member> members = new ArrayList<>();
        addMembers(members, count1, rating1);
        addMembers(members, count2, rating2);
        addMembers(members, count3, rating3);
        return members;
    }

    private static void addMembers(List<Candidate.Member> members, int count, Rating rating) {
        for (int i = 0; i < count; i++) {
            members.add(new Candidate.Member("m" + (members.size() + 1), rating, history()));
        }
    }

    private static EligibilityRules rulesOf(AwardType type, String... conditions) {
        return new ConfiguredEligibilityRules("test", new EligibilityProperties(Map.of(type, rule(conditions))));
    }

    private static RuleSpec rule(String... conditions) {
        return new RuleSpec("test", List.of(new RouteSpec("only route", null, List.of(conditions))));
    }
}
