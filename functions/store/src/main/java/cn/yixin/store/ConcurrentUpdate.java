package cn.yixin.store;

/** The subject changed between our read and our write (optimistic lock); the caller may re-read and retry. */
public final class ConcurrentUpdate extends RuntimeException {
    public ConcurrentUpdate(String what) {
        super(what, null, false, false);
    }
}
