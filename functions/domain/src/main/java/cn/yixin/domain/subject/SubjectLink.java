package cn.yixin.domain.subject;

import java.time.Instant;

/** A person tied to an institution: practises at, or is its legal representative / principal. */
public record SubjectLink(String personId, Relation relation, String institutionId, Instant since, String recordedBy) {

    public enum Relation {
        PRACTISES_AT("执业于"),
        LEGAL_REPRESENTATIVE("法定代表人"),
        ACTUAL_CONTROLLER("实际控制人"),
        PRINCIPAL("主要负责人"),
        DIRECTLY_RESPONSIBLE("直接责任人");

        private final String nameZh;

        Relation(String nameZh) { this.nameZh = nameZh; }

        public String nameZh() { return nameZh; }
    }
}
