package cn.yixin.store;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cn.yixin.store.Attr.int32;
import static cn.yixin.store.Attr.s;
import static cn.yixin.store.Attr.str;

/**
 * <pre>
 * PLATFORM#CALENDARS   Y#&lt;calendar&gt;#&lt;year&gt;                    current version of a loaded year
 * PLATFORM#CALENDARS   V#&lt;calendar&gt;#&lt;year&gt;#&lt;version 10 digits&gt; every version (never changed): the audit trail
 * T#&lt;t&gt;#CONFIG         CALENDAR#&lt;calendar&gt;#&lt;year&gt;             the tenant's copy of the current version
 * </pre>
 * A load writes the version, moves the pointer (conditional on the version it replaces) and rewrites every tenant's
 * copy in one transaction: every tenant sees the new year at once, or none does.
 */
public final class DynamoCalendarRepository implements CalendarRepository {

    static final String PLATFORM_PK = "PLATFORM#CALENDARS";
    static final String TENANT_SK = "CALENDAR#";
    /** DynamoDB's limit on one transaction; two items are the version and the pointer. */
    static final int MAX_TENANTS = 98;

    private final DynamoClients clients;
    private final String table;

    public DynamoCalendarRepository(DynamoClients clients, String table) {
        this.clients = clients;
        this.table = table;
    }

    @Override
    public CalendarYearRecord load(CalendarYearRecord next, int expectedVersion, List<String> tenantIds) {
        if (tenantIds.size() > MAX_TENANTS) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "CALENDAR_TOO_MANY_TENANTS",
                    "开通的地区超过 " + MAX_TENANTS + " 个，无法在一次事务中为全部地区载入节假日安排。",
                    "More than " + MAX_TENANTS + " tenants are onboarded: a holiday notice cannot be loaded for all of"
                            + " them in one transaction.");
        }
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(put(item(PLATFORM_PK, versionSk(next.calendar(), next.year(), next.version()), next),
                "attribute_not_exists(pk)", Map.of()));
        items.add(expectedVersion == 0
                ? put(item(PLATFORM_PK, pointerSk(next.calendar(), next.year()), next), "attribute_not_exists(pk)", Map.of())
                : put(item(PLATFORM_PK, pointerSk(next.calendar(), next.year()), next), "version = :expected",
                Map.of(":expected", Attr.n(expectedVersion))));
        for (String tenant : tenantIds) {
            items.add(put(tenantCopy(tenant, next), null, Map.of()));
        }
        try {
            clients.platform().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
            return next;
        } catch (TransactionCanceledException e) {
            throw ProblemCode.CALENDAR_VERSION_CONFLICT.of(ProblemCode.Bilingual.of("已被他人载入或更新（当前版本不是 " + expectedVersion + "），请重新读取后再提交。", "it was loaded or changed by someone else (its current version is not " + expectedVersion + "); read it again and retry."));
        }
    }

    /** The item a tenant holds for one loaded year (also written at onboarding). */
    static Map<String, AttributeValue> tenantCopy(String tenantId, CalendarYearRecord r) {
        return item(YixinTable.tenantPrefix(tenantId) + "CONFIG", TENANT_SK + r.calendar() + "#" + r.year(), r);
    }

    @Override
    public List<CalendarYearRecord> currentYears() {
        List<CalendarYearRecord> out = new ArrayList<>();
        query(clients.platform(), PLATFORM_PK, "Y#").forEach(i -> out.add(record(i)));
        out.sort(Comparator.comparing(CalendarYearRecord::calendar).thenComparingInt(CalendarYearRecord::year));
        return out;
    }

    @Override
    public List<CalendarYearRecord> versions(String calendar, int year) {
        List<CalendarYearRecord> out = new ArrayList<>();
        query(clients.platform(), PLATFORM_PK, "V#" + calendar + "#" + year + "#").forEach(i -> out.add(record(i)));
        return out;
    }

    @Override
    public List<CalendarYearRecord> tenantYears(String tenantId, String calendar) {
        List<CalendarYearRecord> out = new ArrayList<>();
        query(clients.forTenant(tenantId), YixinTable.tenantPrefix(tenantId) + "CONFIG", TENANT_SK + calendar + "#")
                .forEach(i -> out.add(record(i)));
        return out;
    }

    private List<Map<String, AttributeValue>> query(software.amazon.awssdk.services.dynamodb.DynamoDbClient client,
                                                    String pk, String skPrefix) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            var res = client.query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :sk)")
                    .expressionAttributeValues(Map.of(":pk", s(pk), ":sk", s(skPrefix)))
                    .exclusiveStartKey(start).build());
            out.addAll(res.items());
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    static String pointerSk(String calendar, int year) {
        return "Y#" + calendar + "#" + year;
    }

    static String versionSk(String calendar, int year, int version) {
        return "V#" + calendar + "#" + year + "#" + YixinTable.seq(version);
    }

    private static Map<String, AttributeValue> item(String pk, String sk, CalendarYearRecord r) {
        return new Attr.Item()
                .put(YixinTable.PK, pk)
                .put(YixinTable.SK, sk)
                .put("calendar", r.calendar())
                .put("year", r.year())
                .put("version", r.version())
                .put("holidays", days(r.holidays()))
                .put("makeUpWorkdays", days(r.makeUpWorkdays()))
                .put("source", r.source())
                .put("loadedAt", r.loadedAt())
                .put("loadedBy", r.loadedBy())
                .put("reason", r.reason())
                .build();
    }

    private static AttributeValue days(Map<LocalDate, String> days) {
        Map<String, AttributeValue> m = new HashMap<>();
        days.forEach((d, name) -> m.put(d.toString(), s(name)));
        return AttributeValue.fromM(m);
    }

    private static Map<LocalDate, String> days(AttributeValue v) {
        Map<LocalDate, String> out = new TreeMap<>();
        if (v != null && v.hasM()) {
            v.m().forEach((d, name) -> out.put(LocalDate.parse(d), name.s()));
        }
        return out;
    }

    private static CalendarYearRecord record(Map<String, AttributeValue> i) {
        return new CalendarYearRecord(str(i, "calendar"), int32(i, "year"), int32(i, "version"),
                days(i.get("holidays")), days(i.get("makeUpWorkdays")), str(i, "source"), Attr.instant(i, "loadedAt"),
                str(i, "loadedBy"), str(i, "reason"));
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        var put = Put.builder().tableName(table).item(item);
        if (condition != null) {
            put.conditionExpression(condition);
        }
        if (!values.isEmpty()) {
            put.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }
}
