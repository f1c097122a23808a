package cn.yixin.domain.eligibility;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One conduct of the tenant's point catalogue (provinces publish them, Fujian's band catalogue): the band an
 * act of this conduct falls in for each responsibility the catalogue allows, and the article it cites.
 */
public record CatalogueItem(String code, String name, String basis, Map<Responsibility, PointBand> bands) {

    public CatalogueItem {
        bands = Collections.unmodifiableMap(new EnumMap<>(bands));
    }
}
