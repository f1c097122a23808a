package cn.yixin.store;

import java.util.Optional;

/** Issued credit reports by verification code (issue 17), so verifying one is a single read. */
public interface ReportRepository {

    /** Stores the report unless its code is taken; false then, and nothing is written. */
    boolean addIfAbsent(IssuedReport report);

    Optional<IssuedReport> find(String tenantId, String code);
}
