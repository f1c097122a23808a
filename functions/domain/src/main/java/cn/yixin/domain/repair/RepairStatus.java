package cn.yixin.domain.repair;

/**
 * Where a repair application stands: SUBMITTED → REFUSED | PUBLICISING; PUBLICISING → REPAIRED (publicity
 * over with no upheld objection) | REFUSED (an objection upheld, or false materials found).
 */
public enum RepairStatus {
    SUBMITTED("已受理"), PUBLICISING("拟修复公示中"), REFUSED("不予修复"), REPAIRED("已修复");

    private final String nameZh;

    RepairStatus(String nameZh) { this.nameZh = nameZh; }

    public String nameZh() { return nameZh; }

    public boolean open() {
        return this == SUBMITTED || this == PUBLICISING;
    }
}
