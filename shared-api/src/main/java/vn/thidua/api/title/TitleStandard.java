package vn.thidua.api.title;

import java.util.List;

import vn.thidua.api.Require;

/** One standard (tiêu chuẩn) of a title, with the criteria a unit committed to under it. */
public record TitleStandard(String code, String name, List<TitleCriterion> criteria) {

    public TitleStandard {
        code = Require.text(code, "standard.code");
        name = Require.text(name, "standard.name");
        criteria = List.copyOf(Require.present(criteria, "standard.criteria"));
    }
}
