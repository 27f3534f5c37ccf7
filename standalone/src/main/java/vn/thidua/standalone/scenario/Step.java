package vn.thidua.standalone.scenario;

import tools.jackson.databind.JsonNode;

/**
 * One thing a unit does in a scenario: {@code actingUnit} posts {@code body} to {@code path}. The step's id, with
 * the scenario's, is the request's Idempotency-Key, so playing the step again changes nothing.
 */
public record Step(String id, int number, String actingUnit, StepKind kind, String path, JsonNode body, String note) {
}
