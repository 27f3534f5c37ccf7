package vn.thidua.query.registration;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationViews extends JpaRepository<RegistrationView, String> {
}
