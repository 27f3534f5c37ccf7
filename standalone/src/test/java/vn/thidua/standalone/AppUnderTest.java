package vn.thidua.standalone;

import vn.thidua.platform.test.ApiClient;

/**
 * The app an end-to-end test drives over HTTP, whichever way it runs: standalone ({@link RunningApp}) or split into
 * command and query sides ({@link SplitApp}), so one test class proves the same behaviour in both modes.
 */
interface AppUnderTest extends AutoCloseable {

    String PASSWORD = "thidua2026";

    default ApiClient as(String username) {
        return anonymous().as(username, PASSWORD);
    }

    ApiClient anonymous();

    long eventCount();

    /** A bean of the (first) command side, for what a test checks beneath the API. */
    <T> T commandSideBean(Class<T> type);

    /** A bean of the (first) query side. */
    <T> T querySideBean(Class<T> type);

    @Override
    void close();
}
