package vn.thidua.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.thidua.api.orgunit.OrgUnitId;

/** The id rule checked by hand takes exactly what {@code [a-z0-9][a-z0-9-]{1,63}} takes. */
class TypedIdTest {

    @Test
    void an_id_is_2_to_64_lower_case_letters_digits_or_hyphens_not_starting_with_a_hyphen() {
        String longest = "a" + "-".repeat(63);
        for (String valid : new String[] {"ab", "0-", "ldld-lai-chau", "9f1c2e34-5b6a-4c7d-8e9f-0a1b2c3d4e5f", longest}) {
            assertThat(TypedId.requireValid(valid, "id")).isEqualTo(valid);
        }
        for (String invalid : new String[] {null, "", "a", "-a", "Ab", "a_b", "a b", "đơn-vị", longest + "a", "a/b"}) {
            assertThatThrownBy(() -> new OrgUnitId(invalid)).as(invalid)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be 2-64 lower-case letters, digits or hyphens");
        }
    }
}
