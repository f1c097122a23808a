package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;

import java.util.Map;

/**
 * The records of a subject under objection, as the archive and profile reads show them. A port the credit
 * feature owns and the objection feature implements ({@code objection.Objections}), so credit does not depend on
 * objection (docs/architecture.md, dependency rules).
 */
public interface ObjectionMarks {

    /** recordId → caseId of every record of the subject under objection, in the caller's tenant. */
    Map<String, String> marks(Caller caller, String subjectId);
}
