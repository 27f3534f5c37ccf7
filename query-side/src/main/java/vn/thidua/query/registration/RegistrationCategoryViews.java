package vn.thidua.query.registration;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationCategoryViews extends JpaRepository<RegistrationCategoryView, String> {
}
