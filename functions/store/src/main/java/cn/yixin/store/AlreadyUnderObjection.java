package cn.yixin.store;

/** The record is already marked as under objection by another pending case (R-6.4: one pending case per record). */
public final class AlreadyUnderObjection extends RuntimeException {
    public AlreadyUnderObjection(String recordId) {
        super("record already under objection: " + recordId, null, false, false);
    }
}
