package vn.thidua.command.campaign;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.campaign.CampaignAmended;
import vn.thidua.api.campaign.CampaignCancelled;
import vn.thidua.api.campaign.CampaignClosed;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.platform.axon.InTransactionProjection;

/**
 * The unique index on (issuer, plan number) is what makes C1 hold under concurrency: of two launches with the
 * same number, the second insert waits for the first transaction and then fails, refusing its command.
 */
@Component
@InTransactionProjection
@ProcessingGroup(JdbcCampaignDirectory.PROCESSING_GROUP)
class JdbcCampaignDirectory implements CampaignDirectory {

    static final String PROCESSING_GROUP = "campaign-directory";
    private static final RowMapper<Entry> ENTRY = (rs, row) -> new Entry(new CampaignId(rs.getString("campaign_id")),
            new OrgUnitId(rs.getString("issuer_id")), rs.getString("plan_number"),
            CampaignState.Status.valueOf(rs.getString("status")),
            new Period(rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate()),
            rs.getString("parent_id") == null ? null : new CampaignId(rs.getString("parent_id")));

    private final JdbcTemplate jdbc;

    JdbcCampaignDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(CampaignId campaignId) {
        return jdbc.query("select * from cmd_campaign where campaign_id = ?", ENTRY, campaignId.value()).stream().findFirst();
    }

    @Override
    public boolean planNumberTaken(OrgUnitId issuerId, String planNumber) {
        Integer count = jdbc.queryForObject("select count(*) from cmd_campaign where issuer_id = ? and plan_number = ?",
                Integer.class, issuerId.value(), planNumber);
        return count != null && count > 0;
    }

    @Override
    public List<Entry> childrenOf(CampaignId campaignId) {
        return jdbc.query("select * from cmd_campaign where parent_id = ?", ENTRY, campaignId.value());
    }

    @EventHandler
    void on(CampaignLaunched event) {
        try {
            jdbc.update("""
                            insert into cmd_campaign (campaign_id, issuer_id, plan_number, status, period_from, period_to, parent_id)
                            values (?, ?, ?, ?, ?, ?, ?)""",
                    event.campaignId().value(), event.issuerId().value(), event.planNumber(),
                    CampaignState.Status.LAUNCHED.name(), Date.valueOf(event.period().from()),
                    Date.valueOf(event.period().to()),
                    event.parentCampaignId() == null ? null : event.parentCampaignId().value());
        } catch (DuplicateKeyException launchedMeanwhile) {
            throw RuleViolationException.conflict("C1", "plan number " + event.planNumber() + " of " + event.issuerId()
                    + " was just used by another launch; a plan number is unique for its issuer");
        }
    }

    @EventHandler
    void on(CampaignAmended event) {
        jdbc.update("update cmd_campaign set period_from = ?, period_to = ? where campaign_id = ?",
                Date.valueOf(event.period().from()), Date.valueOf(event.period().to()), event.campaignId().value());
    }

    @EventHandler
    void on(CampaignClosed event) {
        setStatus(event.campaignId(), CampaignState.Status.CLOSED);
    }

    @EventHandler
    void on(CampaignCancelled event) {
        setStatus(event.campaignId(), CampaignState.Status.CANCELLED);
    }

    private void setStatus(CampaignId campaignId, CampaignState.Status status) {
        jdbc.update("update cmd_campaign set status = ? where campaign_id = ?", status.name(), campaignId.value());
    }
}
