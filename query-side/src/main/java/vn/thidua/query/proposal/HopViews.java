package vn.thidua.query.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HopViews extends JpaRepository<HopView, String> {

    List<HopView> findByProposalIdOrderBySequenceNumber(String proposalId);
}
