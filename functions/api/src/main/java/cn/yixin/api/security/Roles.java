package cn.yixin.api.security;

/** Role claim values as compile-time constants for {@code @Secured}; the same strings as {@code Role.claim()}. */
public final class Roles {
    public static final String PLATFORM_OPERATOR = "platform_operator";
    public static final String BUREAU_ADMIN = "bureau_admin";
    public static final String BUREAU_OFFICER = "bureau_officer";
    public static final String BUREAU_REVIEWER = "bureau_reviewer";
    public static final String AUDITOR = "auditor";
    public static final String CREDIT_SUBJECT = "credit_subject";

    private Roles() {
    }
}
