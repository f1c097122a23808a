package cn.yixin.domain.tenant;

/** A value the source documents left open and we chose, with the reason, so a bureau can tell ours from theirs. */
public record DefaultNote(String path, String why) {
}
