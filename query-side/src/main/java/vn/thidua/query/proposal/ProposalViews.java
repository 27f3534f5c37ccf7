package vn.thidua.query.proposal;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.thidua.api.proposal.ProposalStatus;

interface ProposalViews extends JpaRepository<ProposalView, String> {

    Page<ProposalView> findByPendingAtAndStatus(String pendingAt, ProposalStatus status, Pageable pageable);

    /** Sent up by {@code unit} at some hop and neither decided nor back at {@code unit}. */
    @Query("""
            select p from ProposalView p
            where p.status in :open and (p.pendingAt is null or p.pendingAt <> :unit)
              and exists (select h.eventId from HopView h where h.proposalId = p.proposalId and h.fromUnit = :unit
                          and h.action in ('SUBMITTED', 'FORWARDED', 'RESUBMITTED'))""")
    Page<ProposalView> findOutbox(String unit, Collection<ProposalStatus> open, Pageable pageable);

    /** Pending past the time limit at a unit whose path starts with {@code pathPrefix}. */
    @Query("""
            select p from ProposalView p
            where p.status = vn.thidua.api.proposal.ProposalStatus.PENDING and p.overdue = true
              and p.pendingAt in (select u.unitId from UnitView u where u.path like concat(:pathPrefix, '%'))""")
    Page<ProposalView> findOverdueWithin(String pathPrefix, Pageable pageable);
}
