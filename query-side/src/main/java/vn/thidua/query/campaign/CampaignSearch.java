package vn.thidua.query.campaign;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.springframework.stereotype.Component;

import vn.thidua.api.campaign.CampaignListQuery;

/**
 * The campaign list as one SQL query: the scope is the issuer's place in the hierarchy view ({@code q_unit.path}),
 * and only the filters asked for are in it, so that no parameter is ever bound as an untyped null.
 */
@Component
class CampaignSearch {

    @PersistenceContext
    private EntityManager entityManager;

    record Found(List<CampaignView> campaigns, long total) {
    }

    Found find(CampaignListQuery query, Optional<String> subtreePrefix, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        subtreePrefix.ifPresent(prefix -> {
            where.append(" and exists (select 1 from q_unit u where u.unit_id = c.issuer_id and u.path like :prefix)");
            parameters.put("prefix", prefix + "%");
        });
        if (query.issuer() != null) {
            where.append(" and c.issuer_id = :issuer");
            parameters.put("issuer", query.issuer().value());
        }
        if (query.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.year() != null) {
            where.append(" and c.period_from <= :yearEnd and c.period_to >= :yearStart");
            parameters.put("yearStart", LocalDate.of(query.year(), 1, 1));
            parameters.put("yearEnd", LocalDate.of(query.year(), 12, 31));
        }
        Query select = entityManager.createNativeQuery("select c.* from q_campaign c" + where
                + " order by c.period_from desc, c.plan_number, c.campaign_id", CampaignView.class);
        Query count = entityManager.createNativeQuery("select count(*) from q_campaign c" + where);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setFirstResult((int) Math.min((long) page * size, Integer.MAX_VALUE)).setMaxResults(size);
        @SuppressWarnings("unchecked")
        List<CampaignView> campaigns = select.getResultList();
        return new Found(campaigns, ((Number) count.getSingleResult()).longValue());
    }
}
