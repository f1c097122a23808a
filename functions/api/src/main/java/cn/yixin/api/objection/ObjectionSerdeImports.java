package cn.yixin.api.objection;

import cn.yixin.domain.objection.CaseEvent;
import cn.yixin.domain.objection.Review;
import io.micronaut.serde.annotation.SerdeImport;

/** Domain parts of a case the API returns as they are (the domain carries no serialization annotations). */
@SerdeImport(CaseEvent.class)
@SerdeImport(Review.class)
final class ObjectionSerdeImports {
    private ObjectionSerdeImports() {
    }
}
