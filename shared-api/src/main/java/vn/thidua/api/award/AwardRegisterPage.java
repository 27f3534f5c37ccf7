package vn.thidua.api.award;

import java.util.List;

public record AwardRegisterPage(List<AwardRegisterEntry> items, int page, int size, long totalItems) {
}
