package cn.yixin.store;

import java.util.List;

/** Each subject's website inbox (R-5.7: the proposed result and every later change are notified). */
public interface NoticeRepository {

    /** Stores the notice unless one with its id is already there; false then, and nothing is written. */
    boolean addIfAbsent(StoredNotice notice);

    /** Newest first. */
    List<StoredNotice> list(String tenantId, String subjectId);
}
