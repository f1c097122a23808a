package cn.yixin.domain.tenant;

import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;

/**
 * One line of an indicator system: which records it scores and how many points each moves.
 *
 * @param severity null for positive items
 * @param points   negative for negative items, positive for positive ones
 * @param cap      the most points (absolute) this item moves in one evaluation, or null for no cap
 */
public record IndicatorItem(String code, String name, InfoCategory category, Polarity polarity, Severity severity,
                            int points, Integer cap) {
}
