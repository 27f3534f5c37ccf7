package vn.thidua.command.title;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.title.TitleCriterion;
import vn.thidua.api.title.TitleStandard;
import vn.thidua.api.title.TitleStandardsRegistered;
import vn.thidua.platform.axon.InTransactionProjection;

/** {@code cmd_title_criterion}, kept in the registering command's transaction, read when a proposal is scored. */
@Component
@InTransactionProjection
@ProcessingGroup(JdbcTitleRegistrations.PROCESSING_GROUP)
class JdbcTitleRegistrations implements TitleRegistrations {

    static final String PROCESSING_GROUP = "title-registration-directory";

    private final JdbcTemplate jdbc;

    JdbcTitleRegistrations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<List<TitleStandard>> find(CampaignId campaignId, RegistrationId registrationId, AwardType awardType,
                                              int year) {
        record Row(String standardCode, String standardName, TitleCriterion criterion) {
        }
        List<Row> rows = jdbc.query("""
                        select * from cmd_title_criterion
                        where campaign_id = ? and registration_id = ? and award_type = ? and title_year = ?
                        order by position""",
                (rs, row) -> new Row(rs.getString("standard_code"), rs.getString("standard_name"),
                        new TitleCriterion(rs.getString("criterion_code"), rs.getString("criterion_name"),
                                rs.getInt("max_points"))),
                campaignId.value(), registrationId.value(), awardType.name(), year);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Row>> byStandard = new LinkedHashMap<>();
        rows.forEach(row -> byStandard.computeIfAbsent(row.standardCode(), code -> new ArrayList<>()).add(row));
        return Optional.of(byStandard.values().stream().map(standard -> new TitleStandard(standard.get(0).standardCode(),
                standard.get(0).standardName(), standard.stream().map(Row::criterion).toList())).toList());
    }

    @EventHandler
    void on(TitleStandardsRegistered event) {
        int position = 0;
        for (TitleStandard standard : event.standards()) {
            for (TitleCriterion criterion : standard.criteria()) {
                jdbc.update("""
                                insert into cmd_title_criterion (campaign_id, registration_id, award_type, title_year, position,
                                    standard_code, standard_name, criterion_code, criterion_name, max_points)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        event.campaignId().value(), event.registrationId().value(), event.awardType().name(),
                        event.year(), position++, standard.code(), standard.name(), criterion.code(), criterion.name(),
                        criterion.maxPoints());
            }
        }
    }
}
