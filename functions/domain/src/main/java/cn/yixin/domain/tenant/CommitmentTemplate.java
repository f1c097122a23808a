package cn.yixin.domain.tenant;

import cn.yixin.domain.SubjectKind;

import java.util.List;

/** A credit commitment text for some subject kinds and what breaking it records. */
public record CommitmentTemplate(String code, String title, List<SubjectKind> subjectKinds, String text,
                                 CommitmentBreach breach) {

    public CommitmentTemplate {
        subjectKinds = List.copyOf(subjectKinds);
    }
}
