package cn.yixin.api.disclosure;

import cn.yixin.api.OperationAccess;
import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.APPEND;
import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF_AND_SUBJECT;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/**
 * Disclosure and rights (issue 17): the credit report and its public verification; consents to real-time query
 * (004 §21) and the third party's query under one. The two public operations are anonymous; the tenant comes from
 * the code ({@code R<tenant>-…}) or the token ({@code C<tenant>.…}) and each reads that tenant's keys only.
 * Issuing a report writes one item (the code, the PDF's digest, what it states): a conditional put.
 */
public final class DisclosureOperations {

    static final List<String> ANONYMOUS = OperationAccess.ANONYMOUS;

    public static final List<Operation> ALL = List.of(
            new Operation("DownloadCreditReport", "POST", "/subjects/{subjectId}/reports", STAFF_AND_SUBJECT, APPEND, true, List.of()),
            new Operation("VerifyCreditReport", "GET", "/public/reports/{code}", ANONYMOUS, READ, true, List.of()),
            new Operation("GrantConsent", "POST", "/subjects/{subjectId}/consents", List.of(CREDIT_SUBJECT), APPEND, true, List.of()),
            new Operation("RevokeConsent", "POST", "/subjects/{subjectId}/consents/{consentId}/revocation", List.of(CREDIT_SUBJECT), APPEND, true, List.of()),
            new Operation("ListConsents", "GET", "/subjects/{subjectId}/consents", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("QueryWithConsent", "POST", "/public/consent-queries", ANONYMOUS, APPEND, true, List.of()),
            new Operation("ReadHonourRoll", "GET", "/public/tenants/{tenantId}/honour-roll", ANONYMOUS, READ, true, List.of("gsi1")),
            new Operation("ReadDishonestyList", "GET", "/public/tenants/{tenantId}/dishonesty-list", ANONYMOUS, READ, true, List.of("gsi1")));

    private DisclosureOperations() {
    }
}
