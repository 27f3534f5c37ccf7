package vn.thidua.api.proposal;

import vn.thidua.api.Require;

/** One document of a dossier with its reference (number and date, or a file name). */
public record DossierItem(DocumentKind kind, String reference) {

    public DossierItem {
        Require.present(kind, "dossier.kind");
        reference = Require.text(reference, "dossier.reference");
    }
}
