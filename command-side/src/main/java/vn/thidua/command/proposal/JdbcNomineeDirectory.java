package vn.thidua.command.proposal;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.platform.axon.InTransactionProjection;

@Component
@InTransactionProjection
@ProcessingGroup(JdbcNomineeDirectory.PROCESSING_GROUP)
class JdbcNomineeDirectory implements NomineeDirectory {

    static final String PROCESSING_GROUP = "nominee-directory";

    private final JdbcTemplate jdbc;

    JdbcNomineeDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(CampaignId campaignId, ReviewId reviewId, RegistrationId registrationId, AwardType awardType) {
        return jdbc.query("""
                        select * from cmd_nominee
                        where campaign_id = ? and review_id = ? and registration_id = ? and award_type = ?""",
                (rs, row) -> new Entry(campaignId, reviewId, registrationId,
                        new Participant(TargetKind.valueOf(rs.getString("kind")), new OrgUnitId(rs.getString("unit_id")),
                                rs.getString("person_id") == null ? null : new PersonId(rs.getString("person_id"))),
                        awardType, Rating.valueOf(rs.getString("rating")), rs.getInt("review_year"),
                        rs.getBoolean("used_initiative"), rs.getBoolean("outstanding")),
                campaignId.value(), reviewId.value(), registrationId.value(), awardType.name()).stream().findFirst();
    }

    @EventHandler
    void on(ReviewConcluded event) {
        event.nominees().forEach(nominee -> jdbc.update("""
                        insert into cmd_nominee (campaign_id, review_id, registration_id, award_type, kind, unit_id,
                                                 person_id, rating, review_year, used_initiative, outstanding)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.campaignId().value(), event.reviewId().value(), nominee.registrationId().value(),
                nominee.awardType().name(), nominee.participant().kind().name(), nominee.participant().unitId().value(),
                nominee.participant().personId() == null ? null : nominee.participant().personId().value(),
                nominee.rating().name(), event.year(), nominee.usedInitiative(), nominee.outstanding()));
    }
}
