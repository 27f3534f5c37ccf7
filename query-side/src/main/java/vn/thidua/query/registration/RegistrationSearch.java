package vn.thidua.query.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.springframework.stereotype.Component;

import vn.thidua.api.campaign.RegistrationListQuery;

/**
 * A plan's registrations as one SQL query: the scope is the participant unit's place in the hierarchy view
 * ({@code q_unit.path}), and only the filters asked for are in it, so no parameter is bound as an untyped null.
 */
@Component
class RegistrationSearch {

    @PersistenceContext
    private EntityManager entityManager;

    record Found(List<RegistrationView> registrations, long total) {
    }

    Found find(RegistrationListQuery query, Optional<String> subtreePrefix, int page, int size) {
        StringBuilder where = new StringBuilder(" where r.campaign_id = :campaign");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("campaign", query.campaignId().value());
        subtreePrefix.ifPresent(prefix -> {
            where.append(" and exists (select 1 from q_unit u where u.unit_id = r.participant_unit and u.path like :prefix)");
            parameters.put("prefix", prefix + "%");
        });
        if (query.unit() != null) {
            where.append(" and r.participant_unit = :unit");
            parameters.put("unit", query.unit().value());
        }
        if (query.person() != null) {
            where.append(" and r.participant_person = :person");
            parameters.put("person", query.person().value());
        }
        Query select = entityManager.createNativeQuery("select r.* from q_registration r" + where
                + " order by r.registered_at, r.registration_id", RegistrationView.class);
        Query count = entityManager.createNativeQuery("select count(*) from q_registration r" + where);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setFirstResult((int) Math.min((long) page * size, Integer.MAX_VALUE)).setMaxResults(size);
        @SuppressWarnings("unchecked")
        List<RegistrationView> registrations = select.getResultList();
        return new Found(registrations, ((Number) count.getSingleResult()).longValue());
    }
}
