package cn.yixin.store;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.ProtectedIdentifier;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.Subject;

import java.time.LocalDate;
import java.util.List;

/** Domain values for the store's round-trip tests: sealed identifiers only, never one in clear. */
final class StoreFixtures {

    static final String TENANT = "440300";

    private StoreFixtures() {
    }

    static Standing standing(String grade, int score) {
        return new Standing("SCORE", "DEDUCTION", score, grade, grade + " 级", false, 1, LocalDate.of(2026, 3, 2),
                StoreTable.NOW, List.of(), List.of());
    }

    static Subject subject(String id, String lookupHash) {
        return new Subject(TENANT, id, SubjectKind.DESIGNATED_HOSPITAL, "某某医院", "sealed-name-" + id,
                new ProtectedIdentifier(lookupHash, "sealed-" + lookupHash, "9144********001X"), null, null,
                StoreTable.NOW, "clerk-1", 1, "head-0", standing("A", 100));
    }

    static GradeChange firstGrade() {
        return new GradeChange(1, "A", 100, 1, "REGISTERED", null, StoreTable.NOW);
    }

    /** An administrative penalty (R-3.2 basis): a record the outbox shares (issue 14). */
    static CreditRecord penalty(String id, String subjectId) {
        return new CreditRecord(id, subjectId, InfoCategory.ADMINISTRATIVE, Polarity.NEGATIVE, Severity.GENERAL,
                "PENALTY", "违规使用医保基金，罚款。",
                new BasisDocument(BasisKind.ADMINISTRATIVE_PENALTY, "深医保罚〔2026〕7号", LocalDate.of(2026, 2, 20),
                        "深圳市医疗保障局"),
                LocalDate.of(2026, 2, 20), null, "MANUAL", "clerk-1", StoreTable.NOW, null, false);
    }
}
