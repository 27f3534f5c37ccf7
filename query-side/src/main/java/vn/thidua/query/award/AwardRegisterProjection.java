package vn.thidua.query.award;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.award.AwardRegisterPage;
import vn.thidua.api.award.AwardRegisterQuery;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.DecisionIssued;
import vn.thidua.api.decision.DecisionRevoked;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.api.person.PersonRegistered;

/**
 * The award register (DESIGN §6): every grant with its decision, awardee and revocation. It keeps its own names of
 * persons and units so that it can be rebuilt alone, without waiting for another view.
 */
@Component
@ProcessingGroup(AwardRegisterProjection.PROCESSING_GROUP)
class AwardRegisterProjection {

    static final String PROCESSING_GROUP = "award-register";
    /** A decision is dated as the deciding unit sees its calendar, not by UTC. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;
    private final AwardRegisterRows rows;

    AwardRegisterProjection(JdbcTemplate jdbc, AwardRegisterRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from q_award_grant");
        jdbc.update("delete from q_award_decision");
        jdbc.update("delete from q_award_person");
        jdbc.update("delete from q_award_unit");
    }

    @EventHandler
    void on(DecisionIssued event, @Timestamp Instant at) {
        if (exists("select count(*) from q_award_decision where decision_id = ?", event.decisionId().value())) {
            return;
        }
        jdbc.update("insert into q_award_decision (decision_id, decision_date, issued_at) values (?, ?, ?)",
                event.decisionId().value(), at.atZone(VIETNAM).toLocalDate(), utc(at));
    }

    @EventHandler
    void on(AwardGranted event, @SequenceNumber long sequence) {
        if (exists("select count(*) from q_award_grant where grant_id = ?", event.grantId().value())) {
            return;
        }
        jdbc.update("""
                        insert into q_award_grant (grant_id, decision_id, decision_number, deciding_unit, award_year,
                            sequence_number, campaign_id, participant_kind, unit_id, person_id, award_type,
                            rule_set_version, revoked)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""",
                event.grantId().value(), event.decisionId().value(), event.decisionNumber(),
                event.decidingUnit().value(), event.year(), sequence, event.campaignId().value(),
                event.participant().kind().name(), event.participant().unitId().value(),
                event.participant().personId() == null ? null : event.participant().personId().value(),
                event.awardType().name(), event.ruleSetVersion());
    }

    @EventHandler
    void on(GrantRevoked event, @Timestamp Instant at) {
        jdbc.update("""
                        update q_award_grant set revoked = true, revocation_reason = ?, revoked_at = ?
                        where grant_id = ? and revoked = false""",
                event.reason(), utc(at), event.grantId().value());
    }

    /** The aggregate revokes each live grant just before the decision; this keeps a revoked decision from ever listing a live one. */
    @EventHandler
    void on(DecisionRevoked event, @Timestamp Instant at) {
        jdbc.update("""
                        update q_award_grant set revoked = true, revocation_reason = ?, revoked_at = ?
                        where decision_id = ? and revoked = false""",
                event.reason(), utc(at), event.decisionId().value());
    }

    @EventHandler
    void on(PersonRegistered event) {
        if (!exists("select count(*) from q_award_person where person_id = ?", event.personId().value())) {
            jdbc.update("insert into q_award_person (person_id, full_name) values (?, ?)",
                    event.personId().value(), event.fullName());
        }
    }

    @EventHandler
    void on(OrgUnitCreated event, @SequenceNumber long sequence) {
        if (!exists("select count(*) from q_award_unit where unit_id = ?", event.unitId().value())) {
            jdbc.update("insert into q_award_unit (unit_id, name, last_sequence) values (?, ?, ?)",
                    event.unitId().value(), event.name(), sequence);
        }
    }

    @EventHandler
    void on(OrgUnitRenamed event, @SequenceNumber long sequence) {
        jdbc.update("update q_award_unit set name = ?, last_sequence = ? where unit_id = ? and last_sequence < ?",
                event.name(), sequence, event.unitId().value(), sequence);
    }

    @QueryHandler
    AwardRegisterPage handle(AwardRegisterQuery query) {
        return rows.page(AwardRegisterRows.Filter.of(query), query.page(), query.size());
    }

    private boolean exists(String countSql, String id) {
        Integer count = jdbc.queryForObject(countSql, Integer.class, id);
        return count != null && count > 0;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
