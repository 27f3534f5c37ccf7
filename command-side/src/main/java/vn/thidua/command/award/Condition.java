package vn.thidua.command.award;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.thidua.api.achievement.Initiative;
import vn.thidua.api.achievement.InitiativeScope;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.person.PersonId;

/**
 * One condition of an eligibility route, read once from its text by {@link ConditionParser}. "This year" is the
 * candidate's year, rated by the candidate's rating; earlier years come from its history. When a condition fails,
 * it says what it found, so that a rejection can be read without opening the record.
 */
sealed interface Condition {

    String NO_MEMBERS = "the collective has no members";

    Outcome evaluate(Candidate candidate, EligibilityRules rules);

    /** The award types whose rules this condition evaluates: start-up refuses a rule that depends on itself. */
    default Set<AwardType> dependsOn() {
        return Set.of();
    }

    /** Whether the condition holds, whether an initiative made it hold (Art. 84 dossier), and else what was found. */
    record Outcome(boolean holds, boolean usedInitiative, String found) {

        static Outcome met() {
            return new Outcome(true, false, null);
        }

        static Outcome met(boolean usedInitiative) {
            return new Outcome(true, usedInitiative, null);
        }

        static Outcome unmet(String found) {
            return new Outcome(false, false, found);
        }
    }

    /** {@code rating >= R [for N consecutive years]}: this year and the N-1 years before, each rated R or better. */
    record RatedAtLeast(Rating minimum, int years) implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            int thisYear = candidate.year();
            int run = Years.run(thisYear, years, year -> Years.ratedAtLeast(candidate, year, minimum));
            if (run == years) {
                return Outcome.met();
            }
            String breaking = Years.ratingFound(candidate, thisYear - run);
            return Outcome.unmet(run == 0 ? breaking
                    : "found " + run + " (" + Years.span(thisYear - run + 1, thisYear) + "), " + breaking);
        }
    }

    /**
     * {@code AWARD in N consecutive years}: received in each of N consecutive years ending this year, or ending last
     * year when this year's title has not been granted yet.
     */
    record ReceivedInConsecutiveYears(AwardType award, int years) implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            int last = Years.received(candidate, award, candidate.year()) ? candidate.year() : candidate.year() - 1;
            int run = Years.run(last, years, year -> Years.received(candidate, award, year));
            if (run == years) {
                return Outcome.met();
            }
            return Outcome.unmet(run == 0
                    ? "received in neither " + (candidate.year() - 1) + " nor " + candidate.year()
                    : "up to " + last + " found " + run + " (" + Years.list(IntStream.rangeClosed(last - run + 1, last)) + ")");
        }
    }

    /** {@code AWARD earlier}: received in some year before this year. */
    record ReceivedEarlier(AwardType award) implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            boolean earlier = IntStream.range(candidate.year() - Years.LOOKBACK, candidate.year())
                    .anyMatch(year -> Years.received(candidate, award, year));
            return earlier ? Outcome.met() : Outcome.unmet("not received before " + candidate.year());
        }
    }

    /**
     * {@code since AWARD: rating >= R for N consecutive years}: every year after the latest AWARD, up to this year, rated
     * R or better, and at least N of them. The law counts the years that follow the commendation ("05 năm tiếp theo
     * ... liên tục"), so a year below R breaks the run and only a new AWARD starts another.
     */
    record RatedEveryYearSince(AwardType since, Rating minimum, int years) implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            OptionalInt latest = Years.latestReceived(candidate, since);
            if (latest.isEmpty()) {
                return Outcome.unmet("never received " + since);
            }
            int thisYear = candidate.year();
            int yearsSince = thisYear - latest.getAsInt();
            int run = Years.run(thisYear, yearsSince, year -> Years.ratedAtLeast(candidate, year, minimum));
            String after = "after " + since + " in " + latest.getAsInt() + ": ";
            if (run < yearsSince) {
                return Outcome.unmet(after + Years.ratingFound(candidate, thisYear - run));
            }
            if (yearsSince < years) {
                return Outcome.unmet(after + "only " + yearsSince + " years"
                        + (yearsSince == 0 ? "" : " (" + Years.span(latest.getAsInt() + 1, thisYear) + ")"));
            }
            return Outcome.met();
        }
    }

    /**
     * {@code since AWARD: OTHER in K of those years} or {@code since AWARD: rating >= R in K of those years}: counted
     * over the years after the latest AWARD, up to this year.
     */
    record CountSince(AwardType since, YearlyFact fact, int times) implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            OptionalInt latest = Years.latestReceived(candidate, since);
            if (latest.isEmpty()) {
                return Outcome.unmet("never received " + since);
            }
            List<Integer> found = IntStream.rangeClosed(latest.getAsInt() + 1, candidate.year())
                    .filter(year -> fact.holdsIn(candidate, year)).boxed().toList();
            if (found.size() >= times) {
                return Outcome.met();
            }
            return Outcome.unmet("after " + since + " in " + latest.getAsInt() + " found " + found.size()
                    + (found.isEmpty() ? "" : " (" + Years.list(found.stream().mapToInt(Integer::intValue)) + ")"));
        }
    }

    /** What {@link CountSince} counts in a year. */
    sealed interface YearlyFact {

        boolean holdsIn(Candidate candidate, int year);

        record RatedAtLeastIn(Rating minimum) implements YearlyFact {

            @Override
            public boolean holdsIn(Candidate candidate, int year) {
                return Years.ratedAtLeast(candidate, year, minimum);
            }
        }

        record ReceivedIn(AwardType award) implements YearlyFact {

            @Override
            public boolean holdsIn(Candidate candidate, int year) {
                return Years.received(candidate, award, year);
            }
        }
    }

    /** {@code [N initiatives | initiative] >= SCOPE [this year | in the last M years]}. */
    record Initiatives(int count, InitiativeScope minimum, int years) implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            int first = candidate.year() - years + 1;
            List<Initiative> inPeriod = candidate.history().initiatives().stream()
                    .filter(initiative -> initiative.year() >= first && initiative.year() <= candidate.year())
                    .toList();
            long qualifying = inPeriod.stream().filter(initiative -> initiative.scope().atLeast(minimum)).count();
            if (qualifying >= count) {
                return Outcome.met(true);
            }
            return Outcome.unmet("found " + qualifying + " in " + Years.span(first, candidate.year())
                    + (inPeriod.isEmpty() ? "" : inPeriod.stream()
                    .map(initiative -> initiative.year() + " " + initiative.scope())
                    .collect(Collectors.joining(", ", " (recognised there: ", ")"))));
        }
    }

    /** {@code eligible AWARD}: the candidate meets the rule of another award. */
    record EligibleFor(AwardType award) implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            Verdict verdict = rules.check(award, candidate);
            return verdict.eligible() ? Outcome.met(verdict.usedInitiative())
                    : Outcome.unmet("not eligible (" + String.join("; ", verdict.failures()) + ")");
        }

        @Override
        public Set<AwardType> dependsOn() {
            return Set.of(award);
        }
    }

    /** {@code outstanding}: the proposer marked an outstanding achievement (Art. 73(1)(a)). */
    record Outstanding() implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            return candidate.outstanding() ? Outcome.met() : Outcome.unmet("not marked outstanding by the proposer");
        }
    }

    /** {@code all members rating >= R}: a member without a rating does not meet it. */
    record AllMembersRated(Rating minimum) implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            if (candidate.members().isEmpty()) {
                return Outcome.unmet(NO_MEMBERS);
            }
            List<String> below = candidate.members().stream()
                    .filter(member -> member.rating() == null || !member.rating().atLeast(minimum))
                    .map(member -> member.personId() + " " + (member.rating() == null ? "not rated" : member.rating()))
                    .toList();
            return below.isEmpty() ? Outcome.met() : Outcome.unmet(below.size() + " of " + candidate.members().size()
                    + " members below " + minimum + ": " + String.join(", ", below));
        }
    }

    /**
     * {@code members with AWARD >= N | >= P% | > P%}, out of all members. A member has the award when it was granted
     * this year or the member meets its rule this year: titles of one year are decided together, so the members'
     * grants are often not recorded yet when the collective is reviewed.
     */
    record MembersWith(AwardType award, Threshold threshold) implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            int total = candidate.members().size();
            if (total == 0) {
                return Outcome.unmet(NO_MEMBERS);
            }
            long having = candidate.members().stream().filter(member -> has(member, candidate, rules)).count();
            int required = threshold.required(total);
            return having >= required ? Outcome.met()
                    : Outcome.unmet("found " + having + " of " + total + " members, " + required + " needed");
        }

        private boolean has(Candidate.Member member, Candidate collective, EligibilityRules rules) {
            if (member.history().awardsIn(collective.year()).contains(award)) {
                return true;
            }
            Participant person = Participant.individual(new PersonId(member.personId()), collective.participant().unitId());
            Candidate asCandidate = new Candidate(person, collective.year(), member.rating(), false, member.history(),
                    List.of());
            return rules.check(award, asCandidate).eligible();
        }

        @Override
        public Set<AwardType> dependsOn() {
            return Set.of(award);
        }
    }

    /** At least ({@code >=}) or more than ({@code >}) an amount of members, or a percentage of all of them. */
    record Threshold(boolean strict, int amount, boolean percent) {

        /** The smallest number of members out of {@code total} that meets the threshold. */
        int required(int total) {
            if (!percent) {
                return strict ? amount + 1 : amount;
            }
            // integer arithmetic, so that 70 % of 10 is exactly 7 and more than 50 % of 10 is 6
            return strict ? amount * total / 100 + 1 : (amount * total + 99) / 100;
        }
    }

    /** {@code no member disciplined}: no member was disciplined this year. */
    record NoMemberDisciplined() implements Condition {

        @Override
        public Outcome evaluate(Candidate candidate, EligibilityRules rules) {
            if (candidate.members().isEmpty()) {
                return Outcome.unmet(NO_MEMBERS);
            }
            List<String> disciplined = candidate.members().stream()
                    .filter(member -> member.history().disciplinedIn(candidate.year()))
                    .map(Candidate.Member::personId)
                    .toList();
            return disciplined.isEmpty() ? Outcome.met()
                    : Outcome.unmet("disciplined in " + candidate.year() + ": " + String.join(", ", disciplined));
        }
    }
}
