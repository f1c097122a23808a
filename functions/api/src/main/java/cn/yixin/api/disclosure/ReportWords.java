package cn.yixin.api.disclosure;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.scoring.Contribution;

/** The report's words for stored codes: a person reads 一般失信, not GENERAL. */
final class ReportWords {

    private ReportWords() {
    }

    static String polarity(CreditRecord r) {
        return r.polarity() == Polarity.POSITIVE ? "守信" : "失信";
    }

    static String severity(CreditRecord r) {
        if (r.severity() == null) {
            return null;
        }
        return switch (r.severity()) {
            case MINOR -> "轻微";
            case GENERAL -> "一般";
            case SERIOUS -> "严重";
        };
    }

    static String basis(CreditRecord r) {
        var b = r.basis();
        if (b == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(b.kind() == null ? "" : b.kind().nameZh());
        if (b.number() != null) {
            s.append(s.isEmpty() ? "" : " ").append(b.number());
        }
        if (b.issuer() != null) {
            s.append("，").append(b.issuer());
        }
        if (b.date() != null) {
            s.append("，").append(b.date());
        }
        return s.toString();
    }

    /** The evaluator's note on a line, in Chinese. */
    static String note(String note) {
        if (note == null) {
            return null;
        }
        boolean listed = note.endsWith(Contribution.LISTED_SUFFIX);
        String base = listed ? note.substring(0, note.length() - Contribution.LISTED_SUFFIX.length()) : note;
        String zh = switch (base) {
            case Contribution.MATCHED -> "";
            case Contribution.CAPPED -> "已达该指标分值上限";
            case Contribution.UNMATCHED -> "无对应评价指标，不计分";
            case Contribution.COUNTED_GENERAL -> "计为一般失信行为";
            case Contribution.COUNTED_SERIOUS -> "计为严重失信行为";
            case Contribution.OUTSIDE_WINDOW -> "不在计数期内";
            case Contribution.NOT_COUNTED -> "不计入";
            default -> base;
        };
        return listed ? (zh.isEmpty() ? "" : zh + "；") + Contribution.LISTED_ZH : zh;
    }

    static String publication(String state) {
        return switch (state) {
            case "PUBLISHED" -> "公开中";
            case "NOT_PUBLISHED" -> "不予公开（轻微）";
            case "ENDED" -> "公开期满，已停止公开";
            case "REPAIRED" -> "已修复，停止公开";
            default -> state;
        };
    }

    static String cause(String cause) {
        if (cause == null) {
            return "—";
        }
        return switch (cause) {
            case "REGISTERED" -> "登记为信用主体";
            case "RECORDED" -> "记录信用信息";
            case "CORRECTED" -> "更正信用信息";
            case "EFFECTIVE_DATE" -> "信用信息生效或失效";
            case "REPAIRED" -> "信用修复";
            case "COMMITMENT_SIGNED" -> "签署信用承诺";
            case "COMMITMENT_BREACHED" -> "违反信用承诺";
            case "COMMITMENT_NOT_SIGNED" -> "未签署信用承诺";
            default -> cause.startsWith("OBJECTION") ? "异议处理" : cause.startsWith("CONFIG") ? "评价配置变更" : cause;
        };
    }
}
