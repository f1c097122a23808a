package cn.yixin.store;

/** An archive entry with the tenant whose partition it was written to, as read from the table's stream. */
public record TenantArchiveEntry(String tenantId, ArchiveEntry entry) {
}
