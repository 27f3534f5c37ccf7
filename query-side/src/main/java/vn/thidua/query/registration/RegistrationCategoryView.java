package vn.thidua.query.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The category of a person or a unit (e.g. EDUCATION), which a registration counts in for reserved quota shares
 * (D3). Read when the list is asked, not copied at registration, so that the answer does not depend on whether
 * the unit's or person's event was handled before the registration's.
 */
@Entity
@Table(name = "q_registration_category")
class RegistrationCategoryView {

    /** {@code unit:<id>} or {@code person:<id>}, as {@link vn.thidua.api.campaign.Participant#key()} names them. */
    @Id
    @Column(name = "party_key")
    String partyKey;
    String category;

    protected RegistrationCategoryView() {
    }

    static String unit(String unitId) {
        return "unit:" + unitId;
    }

    static String person(String personId) {
        return "person:" + personId;
    }
}
