package vn.thidua.query.audit;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Insert, look up and (for a replay only) clear: deliberately no update or single delete. */
interface AuditEventViews extends Repository<AuditEventView, String> {

    Optional<AuditEventView> findById(String eventId);

    AuditEventView save(AuditEventView entry);

    void deleteAllInBatch();
}
