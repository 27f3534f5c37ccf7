package vn.thidua.api.title;

import vn.thidua.api.Require;

/** One criterion of a title's standard, with the most points the scoring gives it. */
public record TitleCriterion(String code, String name, int maxPoints) {

    public TitleCriterion {
        code = Require.text(code, "criterion.code");
        name = Require.text(name, "criterion.name");
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("criterion " + code + ": maxPoints must be positive");
        }
    }
}
