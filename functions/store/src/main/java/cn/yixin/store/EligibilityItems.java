package cn.yixin.store;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.eligibility.EligibilityState;
import cn.yixin.domain.eligibility.PointsAct;
import cn.yixin.domain.eligibility.PointsLedger;
import cn.yixin.domain.eligibility.PointsReduction;
import cn.yixin.domain.eligibility.Responsibility;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

/**
 * Items of the payment-eligibility points (R-11.1):
 * <pre>
 * T#&lt;t&gt;#ELIG#&lt;keyed hash&gt;      LEDGER                 the ledger: sealed and masked id, acts, reductions, notices, version
 * T#&lt;t&gt;#ELIGID                 P#&lt;ledger&gt;             list row and ledger id → keyed hash
 * T#&lt;t&gt;#ELIGDUE#&lt;day&gt;          P#&lt;ledger&gt;             something falls due that day (the sweep), expires by TTL
 * T#&lt;t&gt;#ELIGCHECK#&lt;day&gt;        C#&lt;instant&gt;#&lt;check&gt;    one settlement check, audited, expires by TTL
 * </pre>
 * The ledger sits in a partition of its own so that the settlement check is one GetItem on a key no other person
 * shares (no hot partition); the list is one partition per tenant.
 */
final class EligibilityItems {

    /** Audit rows are kept three years (the re-registration bar's longest term). */
    static final long CHECK_RETENTION_SECONDS = 3L * 366 * 24 * 3600;

    private EligibilityItems() {
    }

    static String ledgerPk(String tenant, String hash) {
        return YixinTable.tenantPrefix(tenant) + "ELIG#" + hash;
    }

    static String rowsPk(String tenant) {
        return YixinTable.tenantPrefix(tenant) + "ELIGID";
    }

    static String duePk(String tenant, java.time.LocalDate day) {
        return YixinTable.tenantPrefix(tenant) + "ELIGDUE#" + day;
    }

    static String checkPk(String tenant, java.time.LocalDate day) {
        return YixinTable.tenantPrefix(tenant) + "ELIGCHECK#" + day;
    }

    static Map<String, AttributeValue> ledgerKey(String tenant, String hash) {
        return Map.of(YixinTable.PK, Attr.s(ledgerPk(tenant, hash)), YixinTable.SK, Attr.s("LEDGER"));
    }

    static Map<String, AttributeValue> ledgerItem(String tenant, PointsLedger l) {
        return new Attr.Item()
                .put(YixinTable.PK, ledgerPk(tenant, l.lookupHash()))
                .put(YixinTable.SK, "LEDGER")
                .put("ledgerId", l.ledgerId())
                .put("lookupHash", l.lookupHash())
                .put("sealedId", l.sealedId())
                .put("idMasked", l.maskedId())
                .put("version", l.version())
                .putList("acts", l.acts().stream().map(EligibilityItems::act).toList())
                .putList("reductions", l.reductions().stream().map(r -> AttributeValue.fromM(new Attr.Item()
                        .put("reductionId", r.reductionId()).put("on", r.on()).put("reason", r.reason())
                        .put("by", r.recordedBy()).put("at", r.recordedAt()).build())).toList())
                .putList("notices", l.notices().stream().map(n -> AttributeValue.fromM(new Attr.Item()
                        .put("on", n.on()).put("kind", n.kind()).put("text", n.textZh()).build())).toList())
                .build();
    }

    private static AttributeValue act(PointsAct a) {
        Attr.Item i = new Attr.Item()
                .put("actId", a.actId()).put("itemCode", a.itemCode()).put("itemName", a.itemName())
                .put("responsibility", a.responsibility()).put("points", a.points()).put("actDate", a.actDate())
                .put("scoredOn", a.scoredOn()).put("institutionId", a.institutionId()).put("summary", a.summary())
                .put("by", a.recordedBy()).put("at", a.recordedAt())
                .put("basisKind", a.basis().kind()).put("basisNumber", a.basis().number())
                .put("basisDate", a.basis().date()).put("basisIssuer", a.basis().issuer());
        if (a.withdrawal() != null) {
            i.put("withdrawnOn", a.withdrawal().on()).put("withdrawnBy", a.withdrawal().by())
                    .put("withdrawReasons", a.withdrawal().reasons()).put("objectionRef", a.withdrawal().objectionRef());
        }
        return AttributeValue.fromM(i.build());
    }

    static PointsLedger ledger(Map<String, AttributeValue> i) {
        List<PointsAct> acts = Attr.list(i, "acts").stream().map(AttributeValue::m).map(m -> new PointsAct(
                Attr.str(m, "actId"), Attr.str(m, "itemCode"), Attr.str(m, "itemName"),
                Attr.enumOf(m, "responsibility", Responsibility.class), Attr.int32(m, "points"), Attr.date(m, "actDate"),
                Attr.date(m, "scoredOn"), new BasisDocument(Attr.enumOf(m, "basisKind", BasisKind.class),
                Attr.str(m, "basisNumber"), Attr.date(m, "basisDate"), Attr.str(m, "basisIssuer")),
                Attr.str(m, "institutionId"), Attr.str(m, "summary"), Attr.str(m, "by"), Attr.instant(m, "at"),
                m.containsKey("withdrawnOn") ? new PointsAct.Withdrawal(Attr.date(m, "withdrawnOn"),
                        Attr.str(m, "withdrawnBy"), Attr.str(m, "withdrawReasons"), Attr.str(m, "objectionRef")) : null))
                .toList();
        List<PointsReduction> reductions = Attr.list(i, "reductions").stream().map(AttributeValue::m)
                .map(m -> new PointsReduction(Attr.str(m, "reductionId"), Attr.date(m, "on"), Attr.str(m, "reason"),
                        Attr.str(m, "by"), Attr.instant(m, "at"))).toList();
        List<PointsLedger.Notice> notices = Attr.list(i, "notices").stream().map(AttributeValue::m)
                .map(m -> new PointsLedger.Notice(Attr.date(m, "on"), Attr.str(m, "kind"), Attr.str(m, "text"))).toList();
        return new PointsLedger(Attr.str(i, "ledgerId"), Attr.str(i, "lookupHash"), Attr.str(i, "sealedId"),
                Attr.str(i, "idMasked"), Attr.num(i, "version"), acts, reductions, notices);
    }

    static Map<String, AttributeValue> rowItem(String tenant, EligibilityRow r) {
        return new Attr.Item()
                .put(YixinTable.PK, rowsPk(tenant))
                .put(YixinTable.SK, "P#" + r.ledgerId())
                .put("ledgerId", r.ledgerId())
                .put("lookupHash", r.lookupHash())
                .put("idMasked", r.maskedId())
                .put("state", r.state())
                .put("since", r.since())
                .put("until", r.until())
                .put("yearPoints", r.yearPoints())
                .put("asOf", r.asOf())
                .build();
    }

    static EligibilityRow row(Map<String, AttributeValue> i) {
        return new EligibilityRow(Attr.str(i, "ledgerId"), Attr.str(i, "lookupHash"), Attr.str(i, "idMasked"),
                Attr.enumOf(i, "state", EligibilityState.class), Attr.date(i, "since"), Attr.date(i, "until"),
                Attr.int32(i, "yearPoints"), Attr.date(i, "asOf"));
    }
}
