package vn.thidua.standalone;

/** The audit log in split mode: two command sides and two query sides on one PostgreSQL schema. */
class AuditLogSplitTest extends AuditLogTest {

    @Override
    boolean split() {
        return true;
    }
}
