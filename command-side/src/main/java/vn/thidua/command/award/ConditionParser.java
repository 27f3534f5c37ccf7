package vn.thidua.command.award;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.thidua.api.achievement.InitiativeScope;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Rating;

/**
 * Reads the text of a condition into a {@link Condition}. The wording (R a rating, AWARD an award type, SCOPE an
 * initiative scope, N, M, K, P whole numbers; "this year" is the year under review):
 * <pre>
 * rating >= R                                         this year's rating is R or better
 * rating >= R for N consecutive years                 this year and the N-1 years before, each R or better
 * AWARD in N consecutive years                        received in each of N consecutive years ending this year or last year
 * AWARD earlier                                       received in some year before this year
 * since AWARD: rating >= R for N consecutive years    every year after the latest AWARD, up to this year, R or better; at least N
 * since AWARD: OTHER in K of those years              OTHER received in K of the years after the latest AWARD
 * since AWARD: rating >= R in K of those years        rated R or better in K of those years
 * initiative >= SCOPE this year                       a recognised initiative of SCOPE or wider this year
 * N initiatives >= SCOPE in the last M years          ("initiative" for one) this year and the M-1 years before
 * eligible AWARD                                      meets the rule of AWARD
 * outstanding                                         the proposer marked an outstanding achievement
 * all members rating >= R                             every member of the collective rated R or better this year
 * members with AWARD >= N | >= P% | > N | > P%        members who have AWARD this year, out of all members
 * no member disciplined                               no member of the collective disciplined this year
 * </pre>
 */
final class ConditionParser {

    private static final String NAME = "([A-Z][A-Z0-9_]*)";
    private static final String NUMBER = "(\\d{1,3})";

    private record Form(Pattern pattern, Function<Matcher, Condition> read) {
    }

    private static final List<Form> FORMS = List.of(
            form("rating >= " + NAME,
                    m -> new Condition.RatedAtLeast(rating(m.group(1)), 1)),
            form("rating >= " + NAME + " for " + NUMBER + " consecutive years?",
                    m -> new Condition.RatedAtLeast(rating(m.group(1)), years(m.group(2)))),
            form(NAME + " in " + NUMBER + " consecutive years?",
                    m -> new Condition.ReceivedInConsecutiveYears(award(m.group(1)), years(m.group(2)))),
            form(NAME + " earlier",
                    m -> new Condition.ReceivedEarlier(award(m.group(1)))),
            form("since " + NAME + ": rating >= " + NAME + " for " + NUMBER + " consecutive years?",
                    m -> new Condition.RatedEveryYearSince(award(m.group(1)), rating(m.group(2)), years(m.group(3)))),
            form("since " + NAME + ": rating >= " + NAME + " in " + NUMBER + " of those years",
                    m -> new Condition.CountSince(award(m.group(1)),
                            new Condition.YearlyFact.RatedAtLeastIn(rating(m.group(2))), times(m.group(3)))),
            form("since " + NAME + ": " + NAME + " in " + NUMBER + " of those years",
                    m -> new Condition.CountSince(award(m.group(1)),
                            new Condition.YearlyFact.ReceivedIn(award(m.group(2))), times(m.group(3)))),
            form("(?:initiative|" + NUMBER + " initiatives) >= " + NAME + " (?:this year|in the last " + NUMBER + " years?)",
                    m -> new Condition.Initiatives(m.group(1) == null ? 1 : times(m.group(1)), scope(m.group(2)),
                            m.group(3) == null ? 1 : years(m.group(3)))),
            form("eligible " + NAME,
                    m -> new Condition.EligibleFor(award(m.group(1)))),
            form("outstanding",
                    m -> new Condition.Outstanding()),
            form("all members rating >= " + NAME,
                    m -> new Condition.AllMembersRated(rating(m.group(1)))),
            form("members with " + NAME + " (>=|>) " + NUMBER + "(%?)",
                    m -> new Condition.MembersWith(award(m.group(1)), threshold(m.group(2), m.group(3), m.group(4)))),
            form("no member disciplined",
                    m -> new Condition.NoMemberDisciplined()));

    private ConditionParser() {
    }

    /** @throws IllegalArgumentException naming what could not be read */
    static Condition parse(String text) {
        String normalised = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        for (Form form : FORMS) {
            Matcher matcher = form.pattern().matcher(normalised);
            if (matcher.matches()) {
                return form.read().apply(matcher);
            }
        }
        throw new IllegalArgumentException("not a known condition (the wording is documented in award-rules/2022.1.yml)");
    }

    private static Form form(String regex, Function<Matcher, Condition> read) {
        return new Form(Pattern.compile(regex), read);
    }

    private static Rating rating(String name) {
        return constant(Rating.class, "rating", name);
    }

    private static AwardType award(String name) {
        return constant(AwardType.class, "award type", name);
    }

    private static InitiativeScope scope(String name) {
        return constant(InitiativeScope.class, "initiative scope", name);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String what, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " " + name + " (one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")"));
    }

    private static int years(String number) {
        return atLeastOne(number, "a number of years");
    }

    private static int times(String number) {
        return atLeastOne(number, "a count");
    }

    private static int atLeastOne(String number, String what) {
        int value = Integer.parseInt(number);
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, found " + value);
        }
        return value;
    }

    private static Condition.Threshold threshold(String operator, String number, String percentSign) {
        int amount = Integer.parseInt(number);
        boolean percent = !percentSign.isEmpty();
        if (percent && amount > 100) {
            throw new IllegalArgumentException("a percentage cannot exceed 100, found " + amount + "%");
        }
        return new Condition.Threshold(operator.equals(">"), amount, percent);
    }
}
