package cn.yixin.domain.exchange;

import cn.yixin.domain.BasisKind;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.identifier.ResidentIdNumber;
import cn.yixin.domain.identifier.UnifiedSocialCreditCode;

import java.util.Arrays;
import java.util.Set;

/**
 * What an inbound row of the exchange database (前置库) may be, and how it enters the archive (R-3.4, 004 §10):
 * court judgments and enforcement rulings, market regulation's abnormal-operation list, other departments'
 * administrative penalties, and repair decisions taken through 信用中国 (R-11.2: shared back to the unit that made
 * the finding). A row that does not fit is rejected with a stable code and a reason in Chinese and in English; the
 * reason never carries the row's identifier.
 */
public final class InboundRules {

    /** Inbound item types, with the category the record takes, the basis document kind and the source. */
    public enum ItemType {
        COURT_JUDGMENT(RecordSource.COURT, BasisKind.COURT_JUDGMENT, InfoCategory.JUDICIAL),
        ENFORCEMENT(RecordSource.COURT, BasisKind.ENFORCEMENT_RULING, InfoCategory.JUDICIAL),
        ABNORMAL_LIST(RecordSource.MARKET_REGULATION, BasisKind.OTHER_STATUTORY, InfoCategory.ABNORMAL_OPERATION),
        DEPARTMENT_PENALTY(RecordSource.PUBLIC_CREDIT_PLATFORM, BasisKind.ADMINISTRATIVE_PENALTY,
                InfoCategory.ADMINISTRATIVE, InfoCategory.OTHER_MISCONDUCT, InfoCategory.OTHER_STATUTORY),
        REPAIR_DECISION(RecordSource.PUBLIC_CREDIT_PLATFORM, BasisKind.OTHER_STATUTORY);

        private final RecordSource source;
        private final BasisKind basis;
        private final Set<InfoCategory> categories;

        ItemType(RecordSource source, BasisKind basis, InfoCategory... categories) {
            this.source = source;
            this.basis = basis;
            this.categories = Set.copyOf(Arrays.asList(categories));
        }

        public RecordSource source() {
            return source;
        }

        public BasisKind basisKind() {
            return basis;
        }

        public boolean isRepair() {
            return this == REPAIR_DECISION;
        }
    }

    /** A row that cannot be taken in: its code and its reason in Chinese and English. */
    public static final class Rejected extends RuntimeException {
        private final String code;
        private final String zh;
        private final String en;

        public Rejected(String code, String zh, String en) {
            super(code, null, false, false);
            this.code = code;
            this.zh = zh;
            this.en = en;
        }

        public String code() {
            return code;
        }

        /** As stored in {@code reject_reason}: the Chinese sentence, then the English one. */
        public String reason() {
            return zh + " / " + en;
        }
    }

    private InboundRules() {
    }

    public static ItemType itemType(String raw) {
        try {
            return ItemType.valueOf(raw == null ? "" : raw.trim());
        } catch (IllegalArgumentException e) {
            throw new Rejected("UNKNOWN_ITEM_TYPE", "item_type 不是可接收的类型（COURT_JUDGMENT、ENFORCEMENT、ABNORMAL_LIST、"
                    + "DEPARTMENT_PENALTY、REPAIR_DECISION）。", "item_type is not a type this exchange takes in "
                    + "(COURT_JUDGMENT, ENFORCEMENT, ABNORMAL_LIST, DEPARTMENT_PENALTY, REPAIR_DECISION).");
        }
    }

    /** The record's category: the row's own, which must be one of the 13 and fit its type; else the type's. */
    public static InfoCategory category(ItemType type, String raw) {
        if (raw == null || raw.isBlank()) {
            return first(type);
        }
        InfoCategory c;
        try {
            c = InfoCategory.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new Rejected("UNKNOWN_CATEGORY", "category 不是十三类信用信息之一。",
                    "category is not one of the 13 categories of credit information.");
        }
        if (!type.categories.contains(c)) {
            throw new Rejected("UNKNOWN_CATEGORY", "category 与 item_type 不符：该类型的信息不属于此类别。",
                    "category does not fit item_type: information of this type is not of that category.");
        }
        return c;
    }

    private static InfoCategory first(ItemType type) {
        return switch (type) {
            case COURT_JUDGMENT, ENFORCEMENT -> InfoCategory.JUDICIAL;
            case ABNORMAL_LIST -> InfoCategory.ABNORMAL_OPERATION;
            case DEPARTMENT_PENALTY -> InfoCategory.ADMINISTRATIVE;
            case REPAIR_DECISION -> null;
        };
    }

    /** Identifier types: an institution's unified social credit code, an individual's resident ID number. */
    public enum IdentifierType { USCC, RESIDENT_ID }

    public static IdentifierType identifierType(String raw) {
        try {
            return IdentifierType.valueOf(raw == null ? "" : raw.trim());
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    /** The normalized identifier (check character verified), or the row is rejected without echoing it. */
    public static String identifier(IdentifierType type, String raw) {
        try {
            return type == IdentifierType.USCC ? UnifiedSocialCreditCode.validate("subject_identifier", raw)
                    : ResidentIdNumber.validate("subject_identifier", raw);
        } catch (DomainException e) {
            throw malformed();
        }
    }

    private static Rejected malformed() {
        return new Rejected("MALFORMED_IDENTIFIER", "subject_identifier 不是有效的统一社会信用代码或公民身份号码"
                + "（identifier_type 须为 USCC 或 RESIDENT_ID，且校验位正确）。",
                "subject_identifier is not a valid unified social credit code or resident ID number (identifier_type "
                        + "USCC or RESIDENT_ID, with a correct check character).");
    }

    public static Rejected unknownSubject() {
        return new Rejected("UNKNOWN_SUBJECT", "本地区没有以该证件号码登记的信用主体。",
                "No credit subject is registered in this tenant with that identifier.");
    }

    public static Rejected duplicate(String firstEventId) {
        return new Rejected("DUPLICATE_EVENT", "与已接收的事件 " + firstEventId + " 重复（同一类型、同一文书、同一主体），未重复写入。",
                "Duplicates event " + firstEventId + ", already taken in (same type, document and subject); nothing "
                        + "was written again.");
    }

    public static Rejected repairTargetUnknown() {
        return new Rejected("REPAIR_TARGET_UNKNOWN", "repairs_event_id 未指向本地区该主体已共享或已接收的信用信息。",
                "repairs_event_id names no information of this subject shared or taken in by this tenant.");
    }

    public static Rejected notDishonest() {
        return new Rejected("NOT_DISHONEST", "所指信用信息不是失信信息（或已被撤销），不能信用修复。",
                "The information named is not a dishonesty record (or was withdrawn); it cannot be repaired.");
    }

    public static Rejected alreadySuperseded() {
        return new Rejected("RECORD_ALREADY_SUPERSEDED", "所指信用信息已被更正、撤销或修复，未再次修复。",
                "The information named was already corrected, withdrawn or repaired; it was not repaired again.");
    }

    public static Rejected contentRequired() {
        return new Rejected("CONTENT_REQUIRED", "content 为必填项，且不超过 500 字。",
                "content is required, at most 500 characters.");
    }
}
