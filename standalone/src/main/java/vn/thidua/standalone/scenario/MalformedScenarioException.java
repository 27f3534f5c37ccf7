package vn.thidua.standalone.scenario;

/** A scenario file that cannot be played: the message names the file, the step or expectation, and the problem. */
public class MalformedScenarioException extends RuntimeException {

    MalformedScenarioException(String message) {
        super(message);
    }
}
