package cn.yixin.domain;

import java.util.Map;

/**
 * A rule of the domain said no. Carries a stable code (what clients branch on), the kind of refusal (which the
 * HTTP layer maps to a status), and a message in Chinese and English that a bureau clerk can act on.
 * The domain never names HTTP; {@link Kind} is the bridge.
 */
public class DomainException extends RuntimeException {

    /** What sort of refusal this is; the API maps it to 400/403/404/409/422. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, UNPROCESSABLE }

    private final Kind kind;
    private final String code;
    private final String messageZh;
    private final String messageEn;
    private final Map<String, Object> details;

    public DomainException(Kind kind, String code, String messageZh, String messageEn) {
        this(kind, code, messageZh, messageEn, Map.of());
    }

    public DomainException(Kind kind, String code, String messageZh, String messageEn, Map<String, Object> details) {
        super(code + ": " + messageEn);
        this.kind = kind;
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.details = Map.copyOf(details);
    }

    public static DomainException invalid(String code, String zh, String en) {
        return new DomainException(Kind.INVALID, code, zh, en);
    }

    public static DomainException invalidField(String field, String code, String zh, String en) {
        return new DomainException(Kind.INVALID, code, zh, en, Map.of("field", field));
    }

    public static DomainException notFound(String code, String zh, String en) {
        return new DomainException(Kind.NOT_FOUND, code, zh, en);
    }

    public static DomainException conflict(String code, String zh, String en) {
        return new DomainException(Kind.CONFLICT, code, zh, en);
    }

    public static DomainException forbidden(String code, String zh, String en) {
        return new DomainException(Kind.FORBIDDEN, code, zh, en);
    }

    public Kind kind() { return kind; }
    public String code() { return code; }
    public String messageZh() { return messageZh; }
    public String messageEn() { return messageEn; }
    public Map<String, Object> details() { return details; }
}
