package vn.thidua.platform.web;

/** The answer given the first time a key was used, or a claim on the key while that first request runs. */
record StoredAnswer(String fingerprint, boolean pending, int status, String contentType, String location,
                    byte[] body) {
}
