package cn.yixin.domain.tenant;

/** Administrative level of a tenant; a parent is always at a higher level than its child. */
public enum TenantLevel {
    PROVINCE, CITY, DISTRICT;

    public boolean isAbove(TenantLevel other) {
        return ordinal() < other.ordinal();
    }
}
