package cn.yixin.api.evaluation;

import cn.yixin.domain.evaluation.WhatIf;
import io.micronaut.serde.annotation.SerdeImport;

/** Domain types the evaluation operations return as they are (the domain carries no serialization annotations). */
@SerdeImport(WhatIf.Report.class)
@SerdeImport(WhatIf.Mover.class)
final class EvaluationSerdeImports {
    private EvaluationSerdeImports() {
    }
}
