package vn.thidua.api.campaign;

import vn.thidua.api.TypedId;

public record ProgressReportId(String value) implements TypedId {

    public ProgressReportId {
        TypedId.requireValid(value, "progress report id");
    }

    @Override
    public String toString() {
        return value;
    }
}
