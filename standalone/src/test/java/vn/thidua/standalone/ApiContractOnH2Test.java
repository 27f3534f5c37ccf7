package vn.thidua.standalone;

class ApiContractOnH2Test extends ApiContractTest {
}
