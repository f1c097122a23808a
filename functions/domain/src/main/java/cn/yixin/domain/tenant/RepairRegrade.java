package cn.yixin.domain.tenant;

/** When a completed credit repair changes the grade: at once (Guangdong §38) or from the next cycle (Nanchuan §34). */
public enum RepairRegrade { IMMEDIATE, NEXT_CYCLE }
