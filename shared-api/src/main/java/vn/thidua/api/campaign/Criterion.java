package vn.thidua.api.campaign;

import vn.thidua.api.Require;

/** One tiêu chí of a target; {@code maxScore} is set when the council scores it. */
public record Criterion(String code, String description, Integer maxScore) {

    public Criterion {
        code = Require.text(code, "criterion.code");
        description = Require.text(description, "criterion.description");
        if (maxScore != null && maxScore <= 0) {
            throw new IllegalArgumentException("criterion " + code + ": maxScore must be positive");
        }
    }
}
