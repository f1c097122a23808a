package cn.yixin.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * The error catalogue: every problem code raised in more than one place, once, with its kind and its one Chinese and
 * one English template (issue #11). A code raised in one file only stays inline there; both kinds are listed, with
 * their HTTP status and when they happen, in docs/errors.md, and {@code ErrorCatalogueTest} fails when a code is
 * built inline in two files, when a catalogue code is built inline at all, when a code is missing from
 * docs/errors.md, or when a Chinese text carries English words outside the documented allow-list.
 *
 * <p>A template's {@code {0}}, {@code {1}}… are filled by position: a {@link Bilingual} argument gives each language
 * its own words, any other argument (an id, a number, a date) stands the same in both.
 */
public enum ProblemCode {

    /** A conditional write lost a race several times in a row; nothing was written. */
    CONCURRENT_UPDATE(DomainException.Kind.CONFLICT,
            "{0}正被同时修改，请稍后重试。",
            "{0} is being changed concurrently; retry shortly."),
    SUBJECT_NOT_FOUND(DomainException.Kind.NOT_FOUND,
            "未找到{0}的信用主体。",
            "No credit subject {0} in this tenant."),
    RECORD_NOT_FOUND(DomainException.Kind.NOT_FOUND,
            "该信用主体没有{0}的信用信息。",
            "This subject has no record {0}."),
    RESULT_NOT_FOUND(DomainException.Kind.NOT_FOUND,
            "该信用主体没有{0}的信用评价结果。",
            "This subject has no evaluation result {0}."),
    OBJECTION_NOT_FOUND(DomainException.Kind.NOT_FOUND,
            "没有{0}的异议。",
            "No objection {0}."),
    REASONS_REQUIRED(DomainException.Kind.INVALID,
            "处理决定须写明理由。",
            "A decision must give its reasons."),
    INVALID_CYCLE_YEAR(DomainException.Kind.INVALID,
            "{0}无效，应为 {1} 至 {2} 年之间的年度。",
            "The {0} is not valid; give a year from {1} to {2}."),
    CONFIG_VERSION_NOT_FOUND(DomainException.Kind.NOT_FOUND,
            "所指地区没有所指版本的配置。",
            "That tenant has no such configuration version."),
    CONFIG_VERSION_CONFLICT(DomainException.Kind.CONFLICT,
            "当前配置版本{1}不是 {0}，请重新读取后再修改。",
            "The current configuration version{1} is not {0}; read it again and retry."),
    CALENDAR_INVALID(DomainException.Kind.INVALID,
            "工作日历无效：{0}",
            "Working-day calendar is invalid: {0}"),
    CALENDAR_NOT_FOUND(DomainException.Kind.NOT_FOUND,
            "找不到工作日历{0}（{1}）。",
            "No working-day calendar{0} ({1})."),
    CALENDAR_VERSION_CONFLICT(DomainException.Kind.CONFLICT,
            "该年度节假日安排的版本不符：{0}",
            "That year's holiday arrangement has another version: {0}"),
    CLOCK_BACKWARD(DomainException.Kind.INVALID,
            "本地时钟只能向前拨：{0}。",
            "The local clock only moves forward: {0}."),
    /** a negative record, points or a procurement case rests on a legally effective document. */
    BASIS_REQUIRED(DomainException.Kind.INVALID,
            "{0}须附生效的法律文书依据：文书种类、文号、日期和作出机关缺一不可。",
            "{0} must rest on a legally effective basis document: kind, number, date and issuer (R-3.2)."),
    /** The tenant named by the path or the request was never onboarded. */
    TENANT_NOT_FOUND(DomainException.Kind.NOT_FOUND,
            "所指地区尚未开通。",
            "That tenant is not onboarded."),
    /** An Idempotency-Key sent again with another request: the key names one request only. */
    IDEMPOTENCY_KEY_REUSED(DomainException.Kind.UNPROCESSABLE,
            "该 Idempotency-Key 已用于另一个不同的请求；新请求请使用新的键。",
            "This Idempotency-Key was used for a different request; use a new key for a new request."),
    /** A public list (the A-grade roll, the dishonesty list; 004 §25(一), R-11.2) asked for a kind of individuals. */
    HONOUR_ROLL_INSTITUTIONS_ONLY(DomainException.Kind.INVALID,
            "公示名单只列机构类信用主体（kind 须为机构类别）。",
            "The list shows institutions only; kind must be an institution kind.");

    /** Words that differ by language, as one argument of a template. */
    public record Bilingual(String zh, String en) {
        public static Bilingual of(String zh, String en) {
            return new Bilingual(zh, en);
        }
    }

    private final DomainException.Kind kind;
    private final String zh;
    private final String en;

    ProblemCode(DomainException.Kind kind, String zh, String en) {
        this.kind = kind;
        this.zh = zh;
        this.en = en;
    }

    public DomainException.Kind kind() {
        return kind;
    }

    /** The Chinese template, placeholders unfilled. */
    public String zhTemplate() {
        return zh;
    }

    /** The English template, placeholders unfilled. */
    public String enTemplate() {
        return en;
    }

    /** The refusal with the template filled. */
    public DomainException of(Object... args) {
        return withDetails(Map.of(), args);
    }

    /** The refusal naming the field it is about. */
    public DomainException onField(String field, Object... args) {
        return withDetails(Map.of("field", field), args);
    }

    /** The refusal with details for the caller ({@code field}, current version…). */
    public DomainException withDetails(Map<String, Object> details, Object... args) {
        return new DomainException(kind, name(), fill(zh, true, args), fill(en, false, args), new HashMap<>(details));
    }

    static String fill(String template, boolean chinese, Object... args) {
        String out = template;
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            String text = a instanceof Bilingual b ? (chinese ? b.zh() : b.en()) : String.valueOf(a);
            out = out.replace("{" + i + "}", text);
        }
        return out;
    }
}
