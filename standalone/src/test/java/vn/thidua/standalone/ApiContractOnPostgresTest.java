package vn.thidua.standalone;

import java.util.Map;

import vn.thidua.platform.test.TestDatabases;

class ApiContractOnPostgresTest extends ApiContractTest {

    private final String schema = TestDatabases.freshSchemaName();

    @Override
    protected Map<String, Object> database() {
        return TestDatabases.postgres(schema);
    }

    @Override
    protected void afterStop() {
        TestDatabases.dropPostgresSchema(schema);
    }
}
