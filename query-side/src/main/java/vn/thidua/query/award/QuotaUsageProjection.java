package vn.thidua.query.award;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.award.CampaignQuota;
import vn.thidua.api.award.CampaignQuotaQuery;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignAmended;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.ReservedShare;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.query.orgunit.UnitScope;

/**
 * Quota usage per campaign and award type (DESIGN §6, D3). Counts as the command side's quota ledger does, so that
 * what it shows is what the next grant will be held to: a grant counts against its plan's quota when the plan had
 * one for its award type and kind when it was granted, in its category's reserved share if the quota reserves one
 * for that category, else in the unreserved rest; a percentage quota is of the live grants its base quota counted.
 */
@Component
@ProcessingGroup(QuotaUsageProjection.PROCESSING_GROUP)
class QuotaUsageProjection {

    static final String PROCESSING_GROUP = "quota-usage";
    static final String OTHERS = "*";

    private final JdbcTemplate jdbc;
    private final UnitScope scope;

    QuotaUsageProjection(JdbcTemplate jdbc, UnitScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from q_quota_grant");
        jdbc.update("delete from q_quota_share");
        jdbc.update("delete from q_quota_item");
        jdbc.update("delete from q_quota_campaign");
    }

    @EventHandler
    void on(CampaignLaunched event, @SequenceNumber long sequence) {
        if (count("select count(*) from q_quota_campaign where campaign_id = ?", event.campaignId().value()) > 0) {
            return;
        }
        jdbc.update("insert into q_quota_campaign (campaign_id, issuer_id, last_sequence) values (?, ?, ?)",
                event.campaignId().value(), event.issuerId().value(), sequence);
        define(event.campaignId(), event.awardPlan());
    }

    /** An amendment carries the whole plan: its quotas replace the old ones; grants already counted stay counted. */
    @EventHandler
    void on(CampaignAmended event, @SequenceNumber long sequence) {
        int fresh = jdbc.update("update q_quota_campaign set last_sequence = ? where campaign_id = ? and last_sequence < ?",
                sequence, event.campaignId().value(), sequence);
        if (fresh > 0) {
            define(event.campaignId(), event.awardPlan());
        }
    }

    @EventHandler
    void on(AwardGranted event) {
        if (event.quotaCampaignId() == null
                || count("select count(*) from q_quota_grant where grant_id = ?", event.grantId().value()) > 0) {
            return;
        }
        String campaign = event.quotaCampaignId().value();
        String awardType = event.awardType().name();
        String kind = event.participant().kind().name();
        if (count("select count(*) from q_quota_item where campaign_id = ? and award_type = ? and target_kind = ?",
                campaign, awardType, kind) == 0) {
            return;
        }
        boolean reserved = event.category() != null && count("""
                        select count(*) from q_quota_share
                        where campaign_id = ? and award_type = ? and target_kind = ? and category = ?""",
                campaign, awardType, kind, event.category()) > 0;
        jdbc.update("""
                        insert into q_quota_grant (grant_id, campaign_id, award_type, target_kind, bucket, revoked)
                        values (?, ?, ?, ?, ?, false)""",
                event.grantId().value(), campaign, awardType, kind, reserved ? event.category() : OTHERS);
    }

    @EventHandler
    void on(GrantRevoked event) {
        jdbc.update("update q_quota_grant set revoked = true where grant_id = ?", event.grantId().value());
    }

    @QueryHandler
    CampaignQuota handle(CampaignQuotaQuery query) {
        String campaign = query.campaignId().value();
        List<String> issuer = jdbc.queryForList("select issuer_id from q_quota_campaign where campaign_id = ?",
                String.class, campaign);
        if (issuer.isEmpty()) {
            throw RuleViolationException.notFound("C1", "campaign " + campaign + " does not exist");
        }
        OrgUnitId issuerId = new OrgUnitId(issuer.get(0));
        if (!scope.sees(query.viewer(), issuerId)) {
            throw RuleViolationException.forbidden("SCOPE", "the quotas of " + campaign + " are for its issuer "
                    + issuerId + " and the units above it; you act for " + query.viewer().unitId());
        }
        Map<String, Integer> used = new HashMap<>();
        jdbc.query("""
                        select award_type, target_kind, bucket, count(*) as used from q_quota_grant
                        where campaign_id = ? and revoked = false group by award_type, target_kind, bucket""",
                rs -> {
                    used.put(key(rs.getString("award_type"), rs.getString("target_kind"), rs.getString("bucket")),
                            rs.getInt("used"));
                }, campaign);
        Map<String, List<ReservedShare>> shares = new HashMap<>();
        jdbc.query("""
                        select award_type, target_kind, category, reserved_count from q_quota_share
                        where campaign_id = ? order by share_order""",
                rs -> {
                    shares.computeIfAbsent(key(rs.getString("award_type"), rs.getString("target_kind"), null),
                            k -> new ArrayList<>())
                            .add(new ReservedShare(rs.getString("category"), rs.getInt("reserved_count")));
                }, campaign);
        List<CampaignQuota.Item> items = jdbc.query("""
                        select award_type, target_kind, limit_count, percent, percent_of from q_quota_item
                        where campaign_id = ? order by item_order""",
                (rs, row) -> item(AwardType.valueOf(rs.getString("award_type")),
                        TargetKind.valueOf(rs.getString("target_kind")), (Integer) rs.getObject("limit_count"),
                        (Integer) rs.getObject("percent"), rs.getString("percent_of"), used, shares),
                campaign);
        return new CampaignQuota(query.campaignId(), issuerId, items);
    }

    /** D3's arithmetic: each reserved share holds its slots whether taken or not; the others share what is left. */
    private static CampaignQuota.Item item(AwardType awardType, TargetKind kind, Integer absolute, Integer percent,
                                           String percentOf, Map<String, Integer> used,
                                           Map<String, List<ReservedShare>> shares) {
        Integer baseGranted = percentOf == null ? null : total(used, percentOf, kind.name());
        int limit = absolute != null ? absolute : percent * baseGranted / 100;
        int taken = total(used, awardType.name(), kind.name());
        int committed = taken;
        List<CampaignQuota.Share> reserved = new ArrayList<>();
        for (ReservedShare share : shares.getOrDefault(key(awardType.name(), kind.name(), null), List.of())) {
            int inShare = used.getOrDefault(key(awardType.name(), kind.name(), share.category()), 0);
            committed += Math.max(0, share.count() - inShare);
            reserved.add(new CampaignQuota.Share(share.category(), share.count(), inShare,
                    Math.max(0, share.count() - inShare)));
        }
        return new CampaignQuota.Item(awardType, kind, limit, percent,
                percentOf == null ? null : AwardType.valueOf(percentOf), baseGranted, taken,
                Math.max(0, limit - committed), reserved);
    }

    private static int total(Map<String, Integer> used, String awardType, String kind) {
        String prefix = key(awardType, kind, "");
        return used.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(Map.Entry::getValue).sum();
    }

    private static String key(String awardType, String kind, String bucket) {
        return awardType + "/" + kind + "/" + (bucket == null ? "" : bucket);
    }

    private void define(CampaignId campaign, List<AwardPlanItem> awardPlan) {
        jdbc.update("delete from q_quota_share where campaign_id = ?", campaign.value());
        jdbc.update("delete from q_quota_item where campaign_id = ?", campaign.value());
        int order = 0;
        for (AwardPlanItem item : awardPlan) {
            if (item.quota() == null) {
                continue;
            }
            jdbc.update("""
                            insert into q_quota_item (campaign_id, award_type, target_kind, item_order, limit_count,
                                percent, percent_of)
                            values (?, ?, ?, ?, ?, ?, ?)""",
                    campaign.value(), item.awardType().name(), item.targetKind().name(), order++,
                    item.quota().limit(), item.quota().percent(),
                    item.quota().percentOf() == null ? null : item.quota().percentOf().name());
            int shareOrder = 0;
            for (ReservedShare share : item.quota().reserved()) {
                jdbc.update("""
                                insert into q_quota_share (campaign_id, award_type, target_kind, category, share_order,
                                    reserved_count)
                                values (?, ?, ?, ?, ?, ?)""",
                        campaign.value(), item.awardType().name(), item.targetKind().name(), share.category(),
                        shareOrder++, share.count());
            }
        }
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }
}
