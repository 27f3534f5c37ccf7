package vn.thidua.api.report;

/** Plans of the cascade whose issuer is at {@code level}: how many, by how many units, with their registrations. */
public record LevelParticipation(String level, long plans, long units, long registeredCollective,
                                 long registeredIndividual) {
}
