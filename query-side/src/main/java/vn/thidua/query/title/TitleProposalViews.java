package vn.thidua.query.title;

import org.springframework.data.jpa.repository.JpaRepository;

interface TitleProposalViews extends JpaRepository<TitleProposalView, String> {
}
