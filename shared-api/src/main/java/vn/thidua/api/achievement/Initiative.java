package vn.thidua.api.achievement;

import vn.thidua.api.Require;

/** A recognised initiative (sáng kiến) with its year, scope and the document that recognised it. */
public record Initiative(int year, InitiativeScope scope, String title, String recognitionNumber) {

    public Initiative {
        Require.present(scope, "scope");
        title = Require.text(title, "title");
        recognitionNumber = Require.text(recognitionNumber, "recognitionNumber");
    }
}
