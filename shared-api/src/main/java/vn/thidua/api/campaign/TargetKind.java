package vn.thidua.api.campaign;

/** Đối tượng thi đua: tập thể (a unit) or cá nhân (a person). */
public enum TargetKind {
    COLLECTIVE,
    INDIVIDUAL
}
