package vn.thidua.api.title;

import java.util.List;

import vn.thidua.api.Require;

/** A standard of the title's scheme a unit commits to, by code, with the codes of the criteria it takes on. */
public record StandardCommitment(String standard, List<String> criteria) {

    public StandardCommitment {
        standard = Require.text(standard, "standard");
        criteria = List.copyOf(Require.present(criteria, "criteria"));
    }
}
