package cn.yixin.domain;

/** The kinds of credit subject across the source documents. Which ones a tenant rates is its configuration. */
public enum SubjectKind {
    HANDLING_AGENCY("医保经办机构", true),
    COMMERCIAL_INSURER("商保机构", true),
    DESIGNATED_HOSPITAL("定点医疗机构", true),
    DESIGNATED_PHARMACY("定点零售药店", true),
    PHARMA_COMPANY("医药企业", true),
    INSURED_EMPLOYER("参保单位", true),
    OTHER_ENTERPRISE("其他企业", true),
    DOCTOR("医师", false),
    PHARMACIST("药师", false),
    NURSE("护士", false),
    MEDICAL_TECHNICIAN("医技人员", false),
    RESPONSIBLE_PERSON("法定代表人/主要负责人/直接责任人", false),
    INSURED_PERSON("参保人", false),
    OTHER_INDIVIDUAL("其他个人", false);

    private final String nameZh;
    private final boolean institution;

    SubjectKind(String nameZh, boolean institution) {
        this.nameZh = nameZh;
        this.institution = institution;
    }

    public String nameZh() { return nameZh; }

    /** Institutions are identified by unified social credit code, individuals by resident ID number. */
    public boolean isInstitution() { return institution; }
}
