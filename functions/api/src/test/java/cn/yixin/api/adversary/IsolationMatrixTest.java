package cn.yixin.api.adversary;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.adversary.Call.Who;
import cn.yixin.api.testing.CatalogEnforcingDynamoDbClient;
import cn.yixin.api.testing.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-1.3 (tenants never see each other), R-5.8 (a subject sees only itself), the roles of docs/security.md: for every
 * operation of the catalog, its scenario's call is made by every caller who may not make it — the same roles in
 * another tenant, another credit subject of the same tenant, every role the operation does not grant, no token — and
 * each must be refused with a problem, write nothing, and show nothing of the victim. Then the scenario's own caller
 * is served (the positive control: a matrix where everything is refused proves nothing).
 */
class IsolationMatrixTest {

    @org.junit.jupiter.api.AfterAll
    static void report() {
        Verdicts.print(IsolationMatrixTest.class);
    }


    static final List<String> ALL_ROLES = List.of("platform_operator", "bureau_admin", "bureau_officer",
            "bureau_reviewer", "auditor", "credit_subject");

    @TestFactory
    @DisplayName("R-1.3 / R-5.8: every operation refuses another tenant, another subject and every role it does not grant")
    Stream<DynamicTest> everyOperation() {
        World w = World.get();
        return OperationCatalog.ALL.stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> attack(w, op)));
    }

    private void attack(World w, OperationCatalog.Operation op) {
        Call call = w.fresh(op.name());
        Verdicts v = new Verdicts();
        boolean anonymousOp = call.who().anonymousCaller();
        boolean hasIds = op.path().contains("{");
        for (Intruder i : intruders(w, op, call)) {
            Response r = i.call.send(w.api);
            if (i.mayBeServedOwnData) {
                // A list of the intruder's own tenant: served, but nothing of the victim may appear in it.
                v.counted();
                if (!CatalogEnforcingDynamoDbClient.businessWrites().isEmpty() && op.method().equals("GET")) {
                    v.fail(i.label + ": a read wrote " + CatalogEnforcingDynamoDbClient.businessWrites());
                }
            } else {
                v.refused(i.label + " " + i.call, r, 401, 403, 404);
            }
            // The victim's names (every World subject is called 对抗…) must not reach an intruder, unless it sent them.
            if (r.body() != null && r.body().contains("对抗") && (i.call.body() == null || !i.call.body().contains("对抗"))) {
                v.fail(i.label + " " + i.call + " sees the victim's data: " + Verdicts.abbreviate(r.body()));
            }
        }
        Response own = call.send(w.api);
        v.counted();
        if (!Expectations.servedStatuses(op.name()).contains(own.status())) {
            v.fail("positive control " + call + " -> " + own.status() + " " + Verdicts.abbreviate(own.body()));
        }
        v.tally(getClass());
        assertTrue(v.failures().isEmpty(), () -> op.name() + ": " + v.report());
        assertTrue(anonymousOp || v.requests() > 2, "too few intruders for " + op.name());
        assertTrue(!hasIds || v.requests() > 1);
    }

    private record Intruder(String label, Call call, boolean mayBeServedOwnData) {
    }

    private static List<Intruder> intruders(World w, OperationCatalog.Operation op, Call call) {
        List<Intruder> out = new ArrayList<>();
        Who owner = call.who();
        // A path that names one of the victim's entities; /cycles/{year} names only a year of the caller's own tenant.
        boolean names = op.path().matches(".*\\{(?!year}|template})[A-Za-z]+}.*");
        boolean platform = owner.roles().contains("platform_operator");
        if (!owner.anonymousCaller() && !platform && (names || op.method().equals("GET"))) {
            // The same roles (and the same subject id, for a credit subject) in another tenant.
            out.add(new Intruder("other tenant", call.by(owner.inTenant(World.INTRUDER)), !names));
        }
        if (owner.roles().contains("credit_subject") && op.path().contains("{subjectId}")) {
            out.add(new Intruder("other subject", call.by(Who.subject(owner.tenant(), w.hospital(owner.tenant()))), false));
        }
        if (owner.anonymousCaller() && op.path().contains("{tenantId}") && call.path().matches(".*/\\d{6}$")) {
            // (Only a path ending in the code: otherwise the "intruder" would be the victim's own list, unchanged.)
            // A region's public list (R-7.5, 向社会公布) is addressed by the region's code: another code is that
            // region's own list, served, and nothing of the victim's may appear in it.
            out.add(new Intruder("another region's public list",
                    call.at(call.path().replaceFirst("/\\d{6}$", "/" + World.INTRUDER)), true));
        }
        if (owner.anonymousCaller() && call.path().matches(".*/P\\d{6}[0-9a-f]{32}.*")) {
            // The publicity id is the capability (docs/security.md): its tenant part changed, or a guessed id, is 404.
            String other = call.path().replaceFirst("/P\\d{6}", "/P" + World.INTRUDER);
            out.add(new Intruder("publicity id under another tenant", call.at(other), false));
            String guessed = call.path().replaceFirst("/(P\\d{6})[0-9a-f]{32}", "/$1" + "0".repeat(32));
            out.add(new Intruder("guessed publicity id", call.at(guessed), false));
        }
        // Issue 17 (docs/disclosure.md): a report code and a consent token are capabilities as a publicity id is;
        // a public list names its tenant in the path, and another tenant's list holds nothing of the victim.
        if (owner.anonymousCaller() && call.path().matches("/public/reports/R\\d{6}-.*")) {
            out.add(new Intruder("report code under another tenant",
                    call.at(call.path().replaceFirst("/R\\d{6}", "/R" + World.INTRUDER)), false));
            out.add(new Intruder("guessed report code",
                    call.at(call.path().replaceFirst("/(R\\d{6})-.*", "/$1-00000-00000-00000-00000")), false));
        }
        String consentToken = call.headers().get("X-Consent-Token");
        if (owner.anonymousCaller() && consentToken != null) {
            out.add(new Intruder("consent token under another tenant",
                    call.header("X-Consent-Token", "C" + World.INTRUDER + consentToken.substring(7)), false));
            out.add(new Intruder("guessed consent token",
                    call.header("X-Consent-Token", consentToken.substring(0, 8) + "A".repeat(43)), false));
            out.add(new Intruder("no consent token", call.header("X-Consent-Token", null), false));
        }
        if (owner.anonymousCaller() && call.path().matches("/public/tenants/\\d{6}/.*")) {
            out.add(new Intruder("another tenant's public list",
                    call.at(call.path().replaceFirst("/public/tenants/\\d{6}/", "/public/tenants/" + World.INTRUDER + "/")), true));
        }
        if (!owner.anonymousCaller()) {
            for (String role : ALL_ROLES) {
                if (op.roles().contains(role)) {
                    continue;
                }
                Who who = switch (role) {
                    case "platform_operator" -> Who.operator();
                    case "credit_subject" -> Who.subject(platform ? World.NC : owner.tenant(),
                            owner.subjectId() != null ? owner.subjectId() : w.hospital(platform ? World.NC : owner.tenant()));
                    default -> Who.staff(platform ? World.NC : owner.tenant(), role);
                };
                out.add(new Intruder("role " + role, call.by(who), false));
            }
            out.add(new Intruder("no token", call.by(Who.anonymous()), false));
        }
        return out;
    }
}
