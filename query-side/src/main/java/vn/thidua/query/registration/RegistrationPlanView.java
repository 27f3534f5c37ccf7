package vn.thidua.query.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The issuer of each plan: it sees all of its plan's registrations, whoever the participants are. */
@Entity
@Table(name = "q_registration_plan")
class RegistrationPlanView {

    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "issuer_id")
    String issuerId;

    protected RegistrationPlanView() {
    }
}
