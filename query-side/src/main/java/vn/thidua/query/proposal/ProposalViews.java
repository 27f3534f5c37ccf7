package vn.thidua.query.proposal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import vn.thidua.api.proposal.ProposalStatus;

interface ProposalViews extends JpaRepository<ProposalView, String> {

    Page<ProposalView> findByPendingAtAndStatus(String pendingAt, ProposalStatus status, Pageable pageable);
}
