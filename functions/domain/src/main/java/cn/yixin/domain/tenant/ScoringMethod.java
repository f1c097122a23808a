package cn.yixin.domain.tenant;

/** 积分制, 加减分制, or class by count and severity of dishonest acts. */
public enum ScoringMethod {
    POINTS, ADD_SUBTRACT, SEVERITY_COUNT;

    public boolean isScored() {
        return this != SEVERITY_COUNT;
    }
}
