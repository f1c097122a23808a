package cn.yixin.api.disclosure;

import cn.yixin.api.OperationCatalog.Operation;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

import static cn.yixin.api.OperationAccess.APPEND;
import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF_AND_SUBJECT;

/**
 * Disclosure and rights (issue 17): the credit report and its public verification. The verification is anonymous;
 * the tenant comes from the code ({@code R<tenant>-…}) and it reads that tenant's keys only (docs/disclosure.md).
 * Issuing a report writes one item (the code, the PDF's digest, what it states): a conditional put.
 */
public final class DisclosureOperations {

    static final List<String> ANONYMOUS = List.of(SecurityRule.IS_ANONYMOUS);

    public static final List<Operation> ALL = List.of(
            new Operation("DownloadCreditReport", "POST", "/subjects/{subjectId}/reports", STAFF_AND_SUBJECT, APPEND, true, List.of()),
            new Operation("VerifyCreditReport", "GET", "/public/reports/{code}", ANONYMOUS, READ, true, List.of()));

    private DisclosureOperations() {
    }
}
