package cn.yixin.domain.eligibility;

/** A person's medical-insurance payment eligibility (医保支付资格, R-11.1). */
public enum EligibilityState {
    /** Care given is paid by the fund. */
    NORMAL("正常"),
    /** 暂停: care given meanwhile is not paid by the fund (emergency and rescue excepted), until a date. */
    SUSPENDED("暂停"),
    /** 终止: eligibility ended; re-registration barred until a date. */
    TERMINATED("终止");

    private final String nameZh;

    EligibilityState(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
