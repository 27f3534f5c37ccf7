package vn.thidua.query.registration;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationPlanViews extends JpaRepository<RegistrationPlanView, String> {
}
