package vn.thidua.api.campaign;

import java.util.List;

import vn.thidua.api.award.AwardType;

/**
 * A limit on grants: an absolute {@code limit}, or {@code percent} of the grants of {@code percentOf}; with
 * optional reserved shares by category.
 */
public record Quota(Integer limit, Integer percent, AwardType percentOf, List<ReservedShare> reserved) {

    public Quota {
        reserved = reserved == null ? List.of() : List.copyOf(reserved);
        boolean absolute = limit != null;
        boolean relative = percent != null || percentOf != null;
        if (absolute == relative) {
            throw new IllegalArgumentException("a quota is either a limit or a percent of another award, not both or neither");
        }
        if (absolute && limit < 0) {
            throw new IllegalArgumentException("a quota limit cannot be negative");
        }
        if (relative && (percent == null || percentOf == null || percent <= 0 || percent > 100)) {
            throw new IllegalArgumentException("a relative quota needs percent (1-100) and percentOf");
        }
        if (absolute && reserved.stream().mapToInt(ReservedShare::count).sum() > limit) {
            throw new IllegalArgumentException("reserved shares exceed the quota limit " + limit);
        }
    }
}
