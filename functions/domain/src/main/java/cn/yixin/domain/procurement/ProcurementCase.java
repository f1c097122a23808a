package cn.yixin.domain.procurement;

import cn.yixin.domain.BasisDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One procurement credit case against a pharmaceutical company or distributor: the conduct, the amount
 * involved (yuan, canonical two-decimal text, null for a fixed-level conduct), the level it was rated at, the basis
 * document, the products involved; ACTIVE until cleared (清零) after its period, on the procurement
 * agency's decision (000 §4(6)).
 */
public record ProcurementCase(String caseId, String subjectId, String conductCode, String conductName,
                              ProcurementLevel level, String amount, BasisDocument basis, LocalDate actDate,
                              LocalDate ratedOn, LocalDate clearableFrom, List<String> products, String summary,
                              String recordedBy, Instant recordedAt, Status status, LocalDate clearedOn,
                              String clearedBy, String clearReasons) {

    public enum Status { ACTIVE, CLEARED }

    public ProcurementCase {
        products = List.copyOf(products);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public ProcurementCase cleared(LocalDate on, String by, String reasons) {
        return new ProcurementCase(caseId, subjectId, conductCode, conductName, level, amount, basis, actDate, ratedOn,
                clearableFrom, products, summary, recordedBy, recordedAt, Status.CLEARED, on, by, reasons);
    }
}
