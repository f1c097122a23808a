package cn.yixin.api.disclosure;

import cn.yixin.domain.disclosure.CreditReport;
import io.micronaut.serde.annotation.SerdeImport;

/** The domain's report model, serialised as it stands for a FULL_REPORT consent query (004 §21). */
@SerdeImport(CreditReport.class)
@SerdeImport(CreditReport.Party.class)
@SerdeImport(CreditReport.Grade.class)
@SerdeImport(CreditReport.RecordLine.class)
@SerdeImport(CreditReport.RepairLine.class)
@SerdeImport(CreditReport.MeasureLine.class)
@SerdeImport(CreditReport.PublicationLine.class)
@SerdeImport(CreditReport.HistoryLine.class)
final class DisclosureSerdeImports {

    private DisclosureSerdeImports() {
    }
}
