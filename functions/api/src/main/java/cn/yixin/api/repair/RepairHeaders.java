package cn.yixin.api.repair;

import cn.yixin.domain.DomainException;

/** The {@code If-Match} header of the repair decisions: the application version the reviewer decided on. */
final class RepairHeaders {

    private RepairHeaders() {
    }

    static Long version(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String v = ifMatch.strip().replace("\"", "");
        // ASCII digits only: Long.parseLong would also read full-width or Arabic-Indic digits.
        if (v.matches("[0-9]{1,9}")) {
            return Long.parseLong(v);
        } else {
            throw DomainException.invalidField("If-Match", "INVALID_IF_MATCH", "If-Match 应为修复申请的版本号（整数）。",
                    "If-Match must be the application's version number.");
        }
    }
}
