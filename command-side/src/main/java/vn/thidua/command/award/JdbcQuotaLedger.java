package vn.thidua.command.award;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignAmended;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.Quota;
import vn.thidua.api.campaign.ReservedShare;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.platform.axon.InTransactionProjection;

/**
 * D3, exact under concurrency: a grant locks the usage rows of its quota ({@code select … for update}) in the
 * transaction that appends it, so concurrent approvals against one quota queue, and each sees the count the one
 * before it left. Each quota has a row per reserved category and one ('*') for everyone else; the rule is that
 * the slots committed — every reserved share in full (or what its category used beyond it) plus the others' use —
 * never exceed the limit.
 */
@Component
@InTransactionProjection
@ProcessingGroup(JdbcQuotaLedger.PROCESSING_GROUP)
class JdbcQuotaLedger implements QuotaLedger {

    static final String PROCESSING_GROUP = "quota-ledger";
    static final String OTHERS = "*";

    private final JdbcTemplate jdbc;

    JdbcQuotaLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int used(CampaignId campaignId, AwardType awardType, TargetKind targetKind) {
        Integer used = jdbc.queryForObject("""
                        select coalesce(sum(used), 0) from cmd_quota_use
                        where campaign_id = ? and award_type = ? and target_kind = ?""",
                Integer.class, campaignId.value(), awardType.name(), targetKind.name());
        return used == null ? 0 : used;
    }

    @EventHandler
    void on(CampaignLaunched event) {
        define(event.campaignId(), event.awardPlan());
    }

    @EventHandler
    void on(CampaignAmended event) {
        define(event.campaignId(), event.awardPlan());
    }

    @EventHandler
    void on(AwardGranted event) {
        if (event.quotaCampaignId() == null) {
            return;
        }
        CampaignId campaign = event.quotaCampaignId();
        TargetKind kind = event.participant().kind();
        List<QuotaRow> quota = jdbc.query("""
                        select limit_count, percent, percent_of, reserved from cmd_quota
                        where campaign_id = ? and award_type = ? and target_kind = ?""",
                (rs, row) -> new QuotaRow((Integer) rs.getObject("limit_count"), (Integer) rs.getObject("percent"),
                        rs.getString("percent_of"), rs.getString("reserved")),
                campaign.value(), event.awardType().name(), kind.name());
        if (quota.isEmpty()) {
            return;
        }
        Map<String, Integer> used = lockUsage(campaign, event.awardType(), kind);
        QuotaRow row = quota.get(0);
        Map<String, Integer> reserved = row.reservedShares();
        int limit = row.limit() != null ? row.limit()
                : row.percent() * used(campaign, AwardType.valueOf(row.percentOf()), kind) / 100;
        String bucket = event.category() != null && reserved.containsKey(event.category()) ? event.category() : OTHERS;
        used.merge(bucket, 1, Integer::sum);
        int committed = used.getOrDefault(OTHERS, 0) + reserved.entrySet().stream()
                .mapToInt(share -> Math.max(share.getValue(), used.getOrDefault(share.getKey(), 0))).sum();
        if (committed > limit) {
            int taken = used.values().stream().mapToInt(Integer::intValue).sum() - 1;
            throw RuleViolationException.conflict("D3", "the quota for " + event.awardType() + " (" + kind + ") in plan "
                    + campaign + " is used: " + taken + " of " + limit + " granted"
                    + (reserved.isEmpty() ? "" : ", of which " + describe(reserved, used, bucket)
                    + (bucket.equals(OTHERS) ? "; the rest is reserved" : "")));
        }
        jdbc.update("update cmd_quota_use set used = used + 1 where campaign_id = ? and award_type = ? and target_kind = ? and bucket = ?",
                campaign.value(), event.awardType().name(), kind.name(), bucket);
    }

    @EventHandler
    void on(GrantRevoked event) {
        if (event.quotaCampaignId() == null) {
            return;
        }
        jdbc.update("""
                        update cmd_quota_use set used = used - 1
                        where campaign_id = ? and award_type = ? and target_kind = ? and bucket = ? and used > 0""",
                event.quotaCampaignId().value(), event.awardType().name(), event.participant().kind().name(),
                bucketOf(event.quotaCampaignId(), event.awardType(), event.participant().kind(), event.category()));
    }

    /** A grant counts in its category's reserved row when the quota reserves for that category, else with the others. */
    private String bucketOf(CampaignId campaign, AwardType awardType, TargetKind kind, String category) {
        if (category == null) {
            return OTHERS;
        }
        Integer reserved = jdbc.queryForObject("""
                        select count(*) from cmd_quota_use
                        where campaign_id = ? and award_type = ? and target_kind = ? and bucket = ?""",
                Integer.class, campaign.value(), awardType.name(), kind.name(), category);
        return reserved != null && reserved > 0 ? category : OTHERS;
    }

    private Map<String, Integer> lockUsage(CampaignId campaign, AwardType awardType, TargetKind kind) {
        Map<String, Integer> used = new HashMap<>();
        jdbc.query("""
                        select bucket, used from cmd_quota_use
                        where campaign_id = ? and award_type = ? and target_kind = ? order by bucket for update""",
                rs -> {
                    used.put(rs.getString("bucket"), rs.getInt("used"));
                }, campaign.value(), awardType.name(), kind.name());
        return used;
    }

    private void define(CampaignId campaign, List<AwardPlanItem> awardPlan) {
        jdbc.update("delete from cmd_quota where campaign_id = ?", campaign.value());
        for (AwardPlanItem item : awardPlan) {
            Quota quota = item.quota();
            if (quota == null) {
                continue;
            }
            jdbc.update("""
                            insert into cmd_quota (campaign_id, award_type, target_kind, limit_count, percent, percent_of, reserved)
                            values (?, ?, ?, ?, ?, ?, ?)""",
                    campaign.value(), item.awardType().name(), item.targetKind().name(), quota.limit(), quota.percent(),
                    quota.percentOf() == null ? null : quota.percentOf().name(),
                    quota.reserved().stream().map(r -> r.category() + ":" + r.count()).collect(Collectors.joining(";")));
            ensureBucket(campaign, item, OTHERS);
            for (ReservedShare share : quota.reserved()) {
                ensureBucket(campaign, item, share.category());
            }
        }
    }

    private void ensureBucket(CampaignId campaign, AwardPlanItem item, String bucket) {
        Integer exists = jdbc.queryForObject("""
                        select count(*) from cmd_quota_use
                        where campaign_id = ? and award_type = ? and target_kind = ? and bucket = ?""",
                Integer.class, campaign.value(), item.awardType().name(), item.targetKind().name(), bucket);
        if (exists == null || exists == 0) {
            jdbc.update("insert into cmd_quota_use (campaign_id, award_type, target_kind, bucket, used) values (?, ?, ?, ?, 0)",
                    campaign.value(), item.awardType().name(), item.targetKind().name(), bucket);
        }
    }

    private static String describe(Map<String, Integer> reserved, Map<String, Integer> used, String bucket) {
        return reserved.entrySet().stream()
                .map(share -> share.getValue() + " reserved for " + share.getKey() + " ("
                        + (used.getOrDefault(share.getKey(), 0) - (share.getKey().equals(bucket) ? 1 : 0)) + " used)")
                .collect(Collectors.joining(", "));
    }

    private record QuotaRow(Integer limit, Integer percent, String percentOf, String reserved) {

        Map<String, Integer> reservedShares() {
            Map<String, Integer> shares = new HashMap<>();
            if (reserved != null && !reserved.isBlank()) {
                for (String share : reserved.split(";")) {
                    String[] parts = share.split(":");
                    shares.put(parts[0], Integer.parseInt(parts[1]));
                }
            }
            return shares;
        }
    }
}
