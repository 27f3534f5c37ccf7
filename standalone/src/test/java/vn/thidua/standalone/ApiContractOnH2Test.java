package vn.thidua.standalone;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;

import vn.thidua.platform.test.TestDatabases;

class ApiContractOnH2Test extends ApiContractTest {

    @TempDir
    static Path data;

    @Override
    protected Map<String, Object> database() {
        return TestDatabases.h2File(data);
    }
}
