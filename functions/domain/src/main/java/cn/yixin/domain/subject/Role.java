package cn.yixin.domain.subject;

import java.util.Optional;

/** Who is calling, as named in the verified token's `roles` claim (ARCHITECTURE: tenancy and security). */
public enum Role {
    PLATFORM_OPERATOR("platform_operator"),
    BUREAU_ADMIN("bureau_admin"),
    BUREAU_OFFICER("bureau_officer"),
    BUREAU_REVIEWER("bureau_reviewer"),
    AUDITOR("auditor"),
    CREDIT_SUBJECT("credit_subject");

    private final String claim;

    Role(String claim) { this.claim = claim; }

    public String claim() { return claim; }

    public static Optional<Role> fromClaim(String value) {
        for (Role r : values()) {
            if (r.claim.equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Bureau staff see every subject of their own tenant; a credit subject sees only itself. */
    public boolean isBureauStaff() {
        return this == BUREAU_ADMIN || this == BUREAU_OFFICER || this == BUREAU_REVIEWER || this == AUDITOR;
    }
}
