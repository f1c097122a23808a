package cn.yixin.api.config;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.SubjectLink;
import cn.yixin.store.TenantSummary;
import io.micronaut.serde.annotation.SerdeImport;

/** Domain and store types the API returns as they are; the domain itself carries no serialization annotations. */
@SerdeImport(CreditRecord.class)
@SerdeImport(BasisDocument.class)
@SerdeImport(GradeChange.class)
@SerdeImport(Standing.Line.class)
@SerdeImport(SubjectLink.class)
@SerdeImport(TenantSummary.class)
final class SerdeImports {
    private SerdeImports() {
    }
}
