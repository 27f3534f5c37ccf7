package vn.thidua.standalone;

class AwardRegisterOnH2Test extends AwardRegisterTest {
}
