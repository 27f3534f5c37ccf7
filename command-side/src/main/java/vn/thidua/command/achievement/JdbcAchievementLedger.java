package vn.thidua.command.achievement;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.achievement.AchievementsImported;
import vn.thidua.api.achievement.Initiative;
import vn.thidua.api.achievement.InitiativeScope;
import vn.thidua.api.achievement.PastAward;
import vn.thidua.api.achievement.YearRating;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.command.award.AchievementHistory;
import vn.thidua.command.award.Candidate;
import vn.thidua.command.person.PersonDirectory;
import vn.thidua.platform.axon.InTransactionProjection;

/** Kept in the transaction of the events, so a review concluded a moment ago counts in the next decision. */
@Component
@InTransactionProjection
@ProcessingGroup(JdbcAchievementLedger.PROCESSING_GROUP)
class JdbcAchievementLedger implements AchievementLedger {

    static final String PROCESSING_GROUP = "achievement-ledger";

    private final JdbcTemplate jdbc;
    private final PersonDirectory persons;

    JdbcAchievementLedger(JdbcTemplate jdbc, PersonDirectory persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    @Override
    public AchievementHistory historyOf(Participant participant) {
        String key = participant.key();
        Map<Integer, Rating> ratings = new HashMap<>();
        jdbc.query("select achievement_year, rating from cmd_achievement_rating where participant_key = ?",
                rs -> { ratings.put(rs.getInt("achievement_year"), Rating.valueOf(rs.getString("rating"))); }, key);
        Map<Integer, Set<AwardType>> awards = new HashMap<>();
        jdbc.query("select achievement_year, award_type from cmd_achievement_award where participant_key = ? and revoked = false",
                rs -> {
                    awards.computeIfAbsent(rs.getInt("achievement_year"), y -> EnumSet.noneOf(AwardType.class))
                            .add(AwardType.valueOf(rs.getString("award_type")));
                }, key);
        List<Initiative> initiatives = jdbc.query(
                "select achievement_year, scope, title, recognition_number from cmd_achievement_initiative where participant_key = ? order by achievement_year",
                (rs, row) -> new Initiative(rs.getInt("achievement_year"), InitiativeScope.valueOf(rs.getString("scope")),
                        rs.getString("title"), rs.getString("recognition_number")), key);
        Set<Integer> disciplined = new HashSet<>(jdbc.queryForList(
                "select achievement_year from cmd_achievement_discipline where participant_key = ?", Integer.class, key));
        return new RecordedHistory(Map.copyOf(ratings), Map.copyOf(awards), List.copyOf(initiatives), Set.copyOf(disciplined));
    }

    @Override
    public List<Candidate.Member> membersOf(OrgUnitId unitId, int year) {
        return persons.membersOf(unitId).stream().map(person -> {
            AchievementHistory history = historyOf(Participant.individual(person.personId(), unitId));
            return new Candidate.Member(person.personId().value(), history.ratingIn(year).orElse(null), history);
        }).toList();
    }

    @EventHandler
    void on(AchievementsImported event) {
        String key = event.participant().key();
        for (YearRating rating : event.ratings()) {
            recordRating(key, rating.year(), rating.rating(), "IMPORT");
        }
        for (PastAward award : event.awards()) {
            jdbc.update("""
                    insert into cmd_achievement_award (participant_key, achievement_year, award_type, decision_number, decided_by, revoked)
                    values (?, ?, ?, ?, ?, false)""",
                    key, award.year(), award.awardType().name(), award.decisionNumber(), award.decidedBy());
        }
        for (Initiative initiative : event.initiatives()) {
            jdbc.update("""
                    insert into cmd_achievement_initiative (participant_key, achievement_year, scope, title, recognition_number)
                    values (?, ?, ?, ?, ?)""",
                    key, initiative.year(), initiative.scope().name(), initiative.title(), initiative.recognitionNumber());
        }
        for (Integer year : event.disciplinedYears()) {
            if (jdbc.update("update cmd_achievement_discipline set achievement_year = achievement_year where participant_key = ? and achievement_year = ?", key, year) == 0) {
                jdbc.update("insert into cmd_achievement_discipline (participant_key, achievement_year) values (?, ?)", key, year);
            }
        }
    }

    @EventHandler
    void on(AwardGranted event) {
        jdbc.update("""
                insert into cmd_achievement_award (participant_key, achievement_year, award_type, decision_number, decided_by,
                                                   revoked, grant_id)
                values (?, ?, ?, ?, ?, false, ?)""",
                event.participant().key(), event.year(), event.awardType().name(), event.decisionNumber(),
                event.decidingUnit().value(), event.grantId().value());
    }

    /** A revoked grant no longer counts in anyone's record (DESIGN §5), but stays there, marked. */
    @EventHandler
    void on(GrantRevoked event) {
        jdbc.update("update cmd_achievement_award set revoked = true where grant_id = ?", event.grantId().value());
    }

    /** The rating a concluded review gave becomes the year's rating; a later review of the same year replaces it. */
    @EventHandler
    void on(ReviewConcluded event) {
        for (RegistrationEvaluated rating : event.ratings()) {
            recordRating(rating.participant().key(), event.year(), rating.rating(), event.reviewId().value());
        }
    }

    private void recordRating(String key, int year, Rating rating, String source) {
        if (jdbc.update("update cmd_achievement_rating set rating = ?, source = ? where participant_key = ? and achievement_year = ?",
                rating.name(), source, key, year) == 0) {
            jdbc.update("insert into cmd_achievement_rating (participant_key, achievement_year, rating, source) values (?, ?, ?, ?)",
                    key, year, rating.name(), source);
        }
    }

    private record RecordedHistory(Map<Integer, Rating> ratings, Map<Integer, Set<AwardType>> awards,
                                   List<Initiative> initiatives, Set<Integer> disciplined) implements AchievementHistory {

        @Override
        public Optional<Rating> ratingIn(int year) {
            return Optional.ofNullable(ratings.get(year));
        }

        @Override
        public Set<AwardType> awardsIn(int year) {
            return awards.getOrDefault(year, Set.of());
        }

        @Override
        public boolean disciplinedIn(int year) {
            return disciplined.contains(year);
        }
    }
}
