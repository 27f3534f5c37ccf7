package vn.thidua.query.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.api.Viewer;
import vn.thidua.api.award.AwardRegisterEntry;
import vn.thidua.api.award.AwardRegisterPage;
import vn.thidua.api.award.AwardRegisterQuery;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.query.orgunit.UnitScope;

/**
 * Reads the register, scoped and filtered in SQL: one page for the JSON answer, or every matching row one at a time
 * for an export, so that a register of any size never sits in memory.
 */
@Component
class AwardRegisterRows {

    static final int MAX_PAGE_SIZE = 500;
    private static final int EXPORT_FETCH_SIZE = 500;

    private static final String SELECT = """
            select g.grant_id, g.decision_id, g.decision_number, d.decision_date, g.deciding_unit,
                   du.name as deciding_unit_name, g.award_year, g.award_type, g.participant_kind, g.person_id,
                   p.full_name as person_name, g.unit_id, u.name as unit_name, g.campaign_id, g.rule_set_version,
                   g.revoked, g.revocation_reason, g.revoked_at
            from q_award_grant g
            join q_award_decision d on d.decision_id = g.decision_id
            left join q_award_unit du on du.unit_id = g.deciding_unit
            left join q_award_unit u on u.unit_id = g.unit_id
            left join q_award_person p on p.person_id = g.person_id""";
    private static final String ORDER = " order by d.issued_at, g.decision_id, g.sequence_number, g.grant_id";

    /** What a list or an export shows: the viewer's scope and the optional filters. */
    record Filter(Viewer viewer, PersonId person, OrgUnitId unit, Integer year, AwardType type) {

        static Filter of(AwardRegisterQuery query) {
            return new Filter(query.viewer(), query.person(), query.unit(), query.year(), query.type());
        }
    }

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final UnitScope scope;

    AwardRegisterRows(JdbcTemplate jdbc, PlatformTransactionManager transactions, UnitScope scope) {
        this.jdbc = jdbc;
        // PostgreSQL only streams a result set in batches inside a transaction and with a fetch size
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(EXPORT_FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.scope = scope;
    }

    AwardRegisterPage page(Filter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        Where where = where(filter);
        Long total = jdbc.queryForObject("select count(*) from q_award_grant g" + where.sql(), Long.class,
                where.args().toArray());
        List<Object> args = new ArrayList<>(where.args());
        args.add(pageSize);
        args.add((long) pageNumber * pageSize);
        List<AwardRegisterEntry> items = jdbc.query(SELECT + where.sql() + ORDER + " limit ? offset ?",
                (rs, row) -> entry(rs), args.toArray());
        return new AwardRegisterPage(items, pageNumber, pageSize, total == null ? 0 : total);
    }

    /** Hands every matching row to {@code row}, in register order, reading them from the database in batches. */
    void forEach(Filter filter, Consumer<AwardRegisterEntry> row) {
        Where where = where(filter);
        readOnly.executeWithoutResult(status -> streaming.query(SELECT + where.sql() + ORDER,
                (RowCallbackHandler) rs -> row.accept(entry(rs)), where.args().toArray()));
    }

    private record Where(String sql, List<Object> args) {
    }

    private Where where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        Optional<String> subtree = scope.subtreePrefix(filter.viewer());
        if (subtree.isPresent()) {
            conditions.add("(g.unit_id in (select unit_id from q_unit where path like ?)"
                    + " or g.deciding_unit in (select unit_id from q_unit where path like ?))");
            args.add(subtree.get() + "%");
            args.add(subtree.get() + "%");
        }
        if (filter.person() != null) {
            conditions.add("g.person_id = ?");
            args.add(filter.person().value());
        }
        if (filter.unit() != null) {
            conditions.add("g.unit_id = ?");
            args.add(filter.unit().value());
        }
        if (filter.year() != null) {
            conditions.add("g.award_year = ?");
            args.add(filter.year());
        }
        if (filter.type() != null) {
            conditions.add("g.award_type = ?");
            args.add(filter.type().name());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), args);
    }

    private static AwardRegisterEntry entry(ResultSet rs) throws SQLException {
        String personId = rs.getString("person_id");
        OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
        return new AwardRegisterEntry(rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                new OrgUnitId(rs.getString("deciding_unit")), rs.getString("deciding_unit_name"),
                rs.getInt("award_year"), AwardType.valueOf(rs.getString("award_type")),
                TargetKind.valueOf(rs.getString("participant_kind")), personId == null ? null : new PersonId(personId),
                rs.getString("person_name"), new OrgUnitId(rs.getString("unit_id")), rs.getString("unit_name"),
                new CampaignId(rs.getString("campaign_id")), rs.getString("rule_set_version"),
                rs.getBoolean("revoked"), rs.getString("revocation_reason"),
                revokedAt == null ? null : revokedAt.toInstant(), new DecisionId(rs.getString("decision_id")),
                new GrantId(rs.getString("grant_id")));
    }
}
