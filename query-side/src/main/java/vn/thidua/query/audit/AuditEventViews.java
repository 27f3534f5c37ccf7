package vn.thidua.query.audit;

import org.springframework.data.repository.Repository;

/** Insert, look up and (for a replay only) clear: deliberately no update or single delete. */
interface AuditEventViews extends Repository<AuditEventView, String> {

    boolean existsById(String eventId);

    AuditEventView save(AuditEventView entry);

    void deleteAllInBatch();
}
