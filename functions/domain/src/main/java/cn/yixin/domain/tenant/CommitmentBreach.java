package cn.yixin.domain.tenant;

import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Severity;

/** The negative record a broken commitment writes. */
public record CommitmentBreach(InfoCategory category, Severity severity) {
}
