package cn.yixin.domain.measure;

import cn.yixin.domain.tenant.TenantLevel;

/**
 * The published list a measure belongs to (004 §28, R-7.3): the national base list, the provincial supplement, or
 * the supplement of a city (or, for a district of a province-level municipality, its own local supplement).
 */
public enum MeasureList {
    NATIONAL("全国基础清单"), PROVINCIAL("省级补充清单"), CITY("市级补充清单");

    private final String nameZh;

    MeasureList(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** A province publishes the national base list and its own supplement; a city or district only its supplement. */
    public boolean publishableBy(TenantLevel level) {
        return level == TenantLevel.PROVINCE ? this != CITY : this == CITY;
    }
}
