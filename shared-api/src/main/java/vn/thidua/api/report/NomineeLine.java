package vn.thidua.api.report;

public record NomineeLine(String registrationId, String participantKind, String unitId, String personId,
                          String awardType, String rating) {
}
