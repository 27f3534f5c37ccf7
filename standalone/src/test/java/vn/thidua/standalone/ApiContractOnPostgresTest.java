package vn.thidua.standalone;

import java.util.Map;

import vn.thidua.platform.test.TestDatabases;

class ApiContractOnPostgresTest extends ApiContractTest {

    @Override
    protected Map<String, Object> database() {
        return TestDatabases.postgres(TestDatabases.freshSchemaName());
    }
}
