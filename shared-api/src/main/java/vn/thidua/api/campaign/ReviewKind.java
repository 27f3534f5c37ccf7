package vn.thidua.api.campaign;

/** Báo cáo định kỳ, sơ kết, tổng kết (C5). */
public enum ReviewKind {
    PERIODIC,
    PRELIMINARY,
    FINAL
}
