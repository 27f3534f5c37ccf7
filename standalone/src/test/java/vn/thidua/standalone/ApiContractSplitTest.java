package vn.thidua.standalone;

/** The API contract (A1, A2, problem details, C1 under concurrency) in split mode: two command sides and two query sides on one PostgreSQL schema. */
class ApiContractSplitTest extends ApiContractTest {

    @Override
    boolean split() {
        return true;
    }
}
