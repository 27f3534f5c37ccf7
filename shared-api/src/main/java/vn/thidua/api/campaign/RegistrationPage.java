package vn.thidua.api.campaign;

import java.util.List;

public record RegistrationPage(List<RegistrationSummary> items, int page, int size, long totalItems) {
}
