package cn.yixin.domain.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one check of a draw found (一公开, R-7.2): recorded once. A violation becomes a credit record in the subject's
 * archive ({@code recordId}) through the ordinary archive write.
 */
public record CheckOutcome(String drawId, String subjectId, Result result, LocalDate inspectedOn, String summary,
                           String recordId, String by, Instant at) {

    public enum Result {
        NO_ISSUE("未发现问题"), VIOLATION("发现违法违规问题");

        private final String nameZh;

        Result(String nameZh) {
            this.nameZh = nameZh;
        }

        public String nameZh() {
            return nameZh;
        }
    }
}
