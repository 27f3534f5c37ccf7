package vn.thidua.platform.security;

/** DESIGN §8 roles. */
public enum Role {
    OFFICER,
    COUNCIL,
    ANALYST,
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
