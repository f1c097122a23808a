package cn.yixin.domain.supervision;

import cn.yixin.domain.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a tenant's supervision item list (信用监管事项清单, R-7.5, 002 §2(一) and annex): published by the
 * bureau, kept as history, and reported to the credit office within 10 working days of the change
 * ({@code reportDueOn}, on the tenant's working-day calendar).
 */
public record SupervisionItemList(int version, List<Item> items, String changeNote, LocalDate changedOn,
                                  LocalDate reportDueOn, LocalDate reportedOn, String reportReference,
                                  String reportedBy, String publishedBy, Instant publishedAt) {

    /** Working days within which a change is reported (002 §2(一): "于10个工作日内…报至市信用办"). */
    public static final int REPORT_WORKING_DAYS = 10;
    public static final int MAX_ITEMS = 200;

    public SupervisionItemList {
        items = List.copyOf(items);
    }

    /** @param seq the item's number in the list, from 1 */
    public record Item(int seq, PowerType powerType, String name) {
    }

    public enum ReportStatus { REPORTED, REPORTED_LATE, DUE, OVERDUE }

    public ReportStatus reportStatus(LocalDate today) {
        if (reportedOn != null) {
            return reportedOn.isAfter(reportDueOn) ? ReportStatus.REPORTED_LATE : ReportStatus.REPORTED;
        }
        return today.isAfter(reportDueOn) ? ReportStatus.OVERDUE : ReportStatus.DUE;
    }

    public SupervisionItemList reported(LocalDate on, String reference, String by) {
        return new SupervisionItemList(version, items, changeNote, changedOn, reportDueOn, on, reference, by,
                publishedBy, publishedAt);
    }

    /** The items as published: at least one, numbered in order, each with a power type and a name, no repeats. */
    public static void check(List<Item> items) {
        if (items == null || items.isEmpty()) {
            throw DomainException.invalidField("items", "SUPERVISION_ITEMS_REQUIRED", "监管事项清单至少列出一项（items）。",
                    "A supervision item list has at least one item (items).");
        }
        if (items.size() > MAX_ITEMS) {
            throw DomainException.invalidField("items", "SUPERVISION_ITEMS_TOO_MANY",
                    "监管事项清单最多" + MAX_ITEMS + "项。", "A supervision item list has at most " + MAX_ITEMS + " items.");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it == null || it.powerType() == null) {
                throw DomainException.invalidField("items[" + i + "].powerType", "SUPERVISION_POWER_TYPE_REQUIRED",
                        "items[" + i + "] 须注明权力类型（powerType）。", "items[" + i + "] needs its power type (powerType).");
            }
            if (it.name() == null || it.name().isBlank()) {
                throw DomainException.invalidField("items[" + i + "].name", "SUPERVISION_ITEM_NAME_REQUIRED",
                        "items[" + i + "] 须有事项名称（name）。", "items[" + i + "] needs a name.");
            }
            if (!names.add(it.name().trim())) {
                throw DomainException.invalidField("items[" + i + "].name", "SUPERVISION_ITEM_REPEATED",
                        "items[" + i + "] 与前面的事项重复。", "items[" + i + "] repeats an earlier item.");
            }
        }
    }
}
