package cn.yixin.api.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The statistics as one SVG picture for a bureau head (R-8.1, issue 15), Chinese labels throughout: warnings per month
 * stacked by level, warnings per rule, subjects under key monitoring by kind, and the grade distribution of each
 * evaluation cycle and today as 100 % bars. Plain SVG 1.1 with no script, no external reference and no font file (the
 * viewer's CJK font is named by family), so it opens in a browser, an office document or an image viewer alike.
 */
final class StatisticsChart {

    static final String CONTENT_TYPE = "image/svg+xml; charset=utf-8";

    private static final int WIDTH = 960;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final String FONT = "'Noto Sans CJK SC','Source Han Sans SC','Noto Serif CJK SC','WenQuanYi Micro Hei',"
            + "'Microsoft YaHei','PingFang SC',sans-serif";
    private static final String[] LEVEL_COLOURS = {"#c0392b", "#e67e22", "#f1c40f", "#7f8c8d", "#95a5a6"};
    private static final String[] GRADE_COLOURS = {"#1e8449", "#52be80", "#f4d03f", "#eb984e", "#cb4335", "#7b241c"};

    private StatisticsChart() {
    }

    static String svg(StatisticsViews.Statistics s, Map<String, String> ruleNames) {
        StringBuilder body = new StringBuilder();
        int y = 20;
        text(body, WIDTH / 2, y + 18, 20, "middle", "bold", "信用监控与预警统计（" + s.from() + " 至 " + s.to() + "）");
        y += 50;
        y = monthly(body, s, y);
        y = perRule(body, s, ruleNames, y + 30);
        y = keyMonitoring(body, s, y + 30);
        y = gradeDistribution(body, s, y + 30);
        int height = y + 30;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" font-family=\"" + FONT + "\">\n"
                + "<title>信用监控与预警统计</title>\n"
                + "<rect x=\"0\" y=\"0\" width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n"
                + body + "</svg>\n";
    }

    /** Warnings per month, stacked by level (most serious at the bottom). */
    private static int monthly(StringBuilder b, StatisticsViews.Statistics s, int top) {
        text(b, LEFT, top, 15, "start", "bold", "每月预警数（按预警级别，共 " + s.warnings() + " 条）");
        int chartTop = top + 40;
        int chartHeight = 200;
        int base = chartTop + chartHeight;
        int max = s.warningsByMonth().stream().mapToInt(StatisticsViews.Month::total).max().orElse(0);
        int step = niceStep(max);
        int top2 = Math.max(step, ((max + step - 1) / step) * step);
        int plot = WIDTH - LEFT - RIGHT;
        for (int v = 0; v <= top2; v += step) {
            int yy = base - (int) Math.round((double) v / top2 * chartHeight);
            b.append(line(LEFT, yy, LEFT + plot, yy, v == 0 ? "#555555" : "#dddddd"));
            text(b, LEFT - 8, yy + 4, 11, "end", "normal", Integer.toString(v));
        }
        List<StatisticsViews.Month> months = s.warningsByMonth();
        double slot = (double) plot / Math.max(1, months.size());
        double bar = Math.max(4, slot * 0.6);
        boolean rotate = months.size() > 14;
        for (int i = 0; i < months.size(); i++) {
            StatisticsViews.Month m = months.get(i);
            double x = LEFT + i * slot + (slot - bar) / 2;
            double yy = base;
            int rank = 0;
            for (String level : s.levels()) {
                int n = m.byLevel().getOrDefault(level, 0);
                double h = (double) n / top2 * chartHeight;
                if (n > 0) {
                    yy -= h;
                    b.append(rect(x, yy, bar, h, LEVEL_COLOURS[Math.min(rank, LEVEL_COLOURS.length - 1)],
                            m.month() + " " + level + "：" + n + " 条"));
                }
                rank++;
            }
            if (m.total() > 0) {
                text(b, (int) (x + bar / 2), (int) yy - 4, 11, "middle", "normal", Integer.toString(m.total()));
            }
            String label = m.month().substring(0, 4) + "年" + Integer.parseInt(m.month().substring(5)) + "月";
            int lx = (int) (LEFT + i * slot + slot / 2);
            if (rotate) {
                b.append("<text x=\"").append(lx).append("\" y=\"").append(base + 14).append("\" font-size=\"10\" ")
                        .append("text-anchor=\"end\" transform=\"rotate(-45 ").append(lx).append(' ').append(base + 14)
                        .append(")\">").append(esc(label)).append("</text>\n");
            } else {
                text(b, lx, base + 16, 11, "middle", "normal", label);
            }
        }
        int legendY = base + (rotate ? 60 : 40);
        int lx = LEFT;
        int rank = 0;
        for (String level : s.levels()) {
            b.append(rect(lx, legendY - 10, 12, 12, LEVEL_COLOURS[Math.min(rank, LEVEL_COLOURS.length - 1)], null));
            text(b, lx + 18, legendY, 12, "start", "normal", level + "预警 " + s.warningsByLevel().getOrDefault(level, 0));
            lx += 130;
            rank++;
        }
        return legendY + 10;
    }

    /** Warnings of the period per rule, in the rule's Chinese name. */
    private static int perRule(StringBuilder b, StatisticsViews.Statistics s, Map<String, String> names, int top) {
        text(b, LEFT, top, 15, "start", "bold", "各预警规则触发数（统计期间）");
        Set<String> codes = new LinkedHashSet<>();
        s.rules().forEach(r -> codes.add(r.code()));
        codes.addAll(s.warningsByRule().keySet());   // a rule of an earlier configuration version that still has warnings
        Map<String, String> levelOf = new java.util.HashMap<>();
        s.rules().forEach(r -> levelOf.put(r.code(), r.level()));
        List<String[]> rows = new ArrayList<>();
        for (String code : codes) {
            String name = names.getOrDefault(code, code);
            rows.add(new String[]{name + (levelOf.containsKey(code) ? "（" + levelOf.get(code) + "）" : ""),
                    Integer.toString(s.warningsByRule().getOrDefault(code, 0))});
        }
        return bars(b, rows, top + 16, "#2e86c1", "条");
    }

    private static int keyMonitoring(StringBuilder b, StatisticsViews.Statistics s, int top) {
        StatisticsViews.Key k = s.keyMonitoring();
        text(b, LEFT, top, 15, "start", "bold", "重点监控对象（按信用主体类别，共 " + k.total() + " 个；预警确认 "
                + k.byWarning() + "，低信用等级 " + k.byGrade() + "，已到复核日期 " + k.reviewDue() + "）");
        List<String[]> rows = new ArrayList<>();
        k.byKind().forEach((kind, n) -> rows.add(new String[]{k.kindNames().getOrDefault(kind, kind), Integer.toString(n)}));
        if (rows.isEmpty()) {
            text(b, LEFT, top + 34, 12, "start", "normal", "目前没有重点监控对象，全部信用主体处于一般监控。");
            return top + 44;
        }
        return bars(b, rows, top + 16, "#8e44ad", "个");
    }

    /** Horizontal bars with a label column of 230 px. */
    private static int bars(StringBuilder b, List<String[]> rows, int top, String colour, String unit) {
        int labelWidth = 230;
        int x0 = LEFT + labelWidth;
        int plot = WIDTH - x0 - RIGHT - 60;
        long max = rows.stream().mapToLong(r -> Long.parseLong(r[1])).max().orElse(0);
        int y = top + 10;
        for (String[] r : rows) {
            long n = Long.parseLong(r[1]);
            text(b, x0 - 8, y + 13, 12, "end", "normal", r[0]);
            double w = max == 0 ? 0 : (double) n / max * plot;
            b.append(rect(x0, y + 2, Math.max(w, n > 0 ? 2 : 0), 14, colour, r[0] + "：" + n + " " + unit));
            text(b, (int) (x0 + w + 6), y + 13, 12, "start", "normal", n + " " + unit);
            y += 22;
        }
        return y;
    }

    /** Each snapshot as a 100 % bar split by grade, counts written inside where they fit. */
    private static int gradeDistribution(StringBuilder b, StatisticsViews.Statistics s, int top) {
        text(b, LEFT, top, 15, "start", "bold", "信用等级分布（各年度评价结果与当前实时等级）");
        Set<String> grades = new java.util.TreeSet<>((a, c) -> {
            boolean na = a.equals("NOT_EVALUATED");
            boolean nc = c.equals("NOT_EVALUATED");
            return na == nc ? a.compareTo(c) : na ? 1 : -1;
        });
        s.grades().forEach(g -> grades.addAll(g.total().keySet()));
        List<String> order = new ArrayList<>(grades);
        int labelWidth = 170;
        int x0 = LEFT + labelWidth;
        int plot = WIDTH - x0 - RIGHT - 60;
        int y = top + 26;
        for (StatisticsViews.GradeSnapshot g : s.grades()) {
            long all = g.total().values().stream().mapToLong(Long::longValue).sum();
            text(b, x0 - 8, y + 15, 12, "end", "normal", g.label());
            if (all == 0) {
                b.append(rect(x0, y + 2, plot, 18, "#f2f3f4", g.label() + "：无信用主体"));
                text(b, x0 + plot / 2, y + 15, 11, "middle", "normal", "无数据");
            }
            double x = x0;
            for (int i = 0; all > 0 && i < order.size(); i++) {
                long n = g.total().getOrDefault(order.get(i), 0L);
                if (n == 0) {
                    continue;
                }
                double w = (double) n / all * plot;
                b.append(rect(x, y + 2, w, 18, colourOf(order.get(i), i), g.label() + " " + gradeName(order.get(i))
                        + "：" + n + " 个（" + String.format(Locale.ROOT, "%.1f", 100.0 * n / all) + "%）"));
                if (w >= 26) {
                    b.append("<text x=\"").append((int) (x + w / 2)).append("\" y=\"").append(y + 15)
                            .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#ffffff\">").append(n)
                            .append("</text>\n");
                }
                x += w;
            }
            text(b, x0 + plot + 6, y + 15, 12, "start", "normal", all + " 个");
            y += 28;
        }
        int lx = x0;
        for (int i = 0; i < order.size(); i++) {
            b.append(rect(lx, y + 2, 12, 12, colourOf(order.get(i), i), null));
            text(b, lx + 18, y + 12, 12, "start", "normal", gradeName(order.get(i)));
            lx += order.get(i).equals("NOT_EVALUATED") ? 90 : 60;
        }
        return y + 20;
    }

    /** A grade letter keeps its colour whichever grades a snapshot holds (A green … E red); others by position. */
    private static String colourOf(String grade, int index) {
        if (grade.equals("NOT_EVALUATED")) {
            return "#bfc9ca";
        }
        int i = grade.length() == 1 && grade.charAt(0) >= 'A' && grade.charAt(0) <= 'F' ? grade.charAt(0) - 'A' : index;
        return GRADE_COLOURS[Math.min(i, GRADE_COLOURS.length - 1)];
    }

    private static String gradeName(String grade) {
        return grade.equals("NOT_EVALUATED") ? "不参与评价" : grade + " 级";
    }

    static int niceStep(int max) {
        if (max <= 5) {
            return 1;
        }
        int raw = (int) Math.ceil(max / 5.0);
        int mag = (int) Math.pow(10, (int) Math.floor(Math.log10(raw)));
        for (int m : new int[]{1, 2, 5, 10}) {
            if (raw <= m * mag) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static void text(StringBuilder b, int x, int y, int size, String anchor, String weight, String s) {
        b.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" text-anchor=\"").append(anchor).append('"');
        if (!weight.equals("normal")) {
            b.append(" font-weight=\"").append(weight).append('"');
        }
        b.append(" fill=\"#222222\">").append(esc(s)).append("</text>\n");
    }

    private static String rect(double x, double y, double w, double h, String fill, String title) {
        String r = String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"",
                x, y, w, h, fill);
        return title == null ? r + "/>\n" : r + "><title>" + esc(title) + "</title></rect>\n";
    }

    private static String line(int x1, int y1, int x2, int y2, String stroke) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + stroke
                + "\" stroke-width=\"1\"/>\n";
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
