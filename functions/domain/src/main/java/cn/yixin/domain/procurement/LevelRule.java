package cn.yixin.domain.procurement;

import java.util.List;

/**
 * What a level carries: its disposal measures (e.g. listing or distribution suspended for the products
 * involved; at the top level all products in the province) and how many months after the case was rated it may be
 * cleared (清零) once corrected.
 */
public record LevelRule(ProcurementLevel level, int clearAfterMonths, boolean allProducts, List<String> measures) {

    public LevelRule {
        measures = List.copyOf(measures);
    }
}
