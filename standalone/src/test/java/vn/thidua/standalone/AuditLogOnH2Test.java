package vn.thidua.standalone;

class AuditLogOnH2Test extends AuditLogTest {
}
