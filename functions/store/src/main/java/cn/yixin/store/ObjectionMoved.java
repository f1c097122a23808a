package cn.yixin.store;

/**
 * An objection case's decision lost its optimistic lock: the case changed since it was read (another decision, a
 * sweep). Nothing of the transaction was written. Apart from {@link ConcurrentUpdate} (the subject moved, which an
 * archive write retries by re-reading the subject), because re-reading the subject cannot cure it: the caller
 * re-reads the case.
 */
public final class ObjectionMoved extends RuntimeException {
    public ObjectionMoved(String caseId) {
        super("objection " + caseId + " changed since it was read", null, false, false);
    }
}
