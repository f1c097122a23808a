package cn.yixin.api.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Renders a written document as a printable HTML page (UTF-8, A4, 仿宋 style), or as plain text. */
public final class DocumentRenderer {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private DocumentRenderer() {
    }

    public static String html(WrittenDocument d) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(d.titleZh())).append("</title><style>@page{size:A4;margin:25mm}body{font-family:"
                        + "FangSong,STFangsong,serif;font-size:16pt;line-height:1.8}h1{text-align:center;"
                        + "font-family:SimHei,sans-serif;font-size:22pt}.no{text-align:center}.sign{text-align:right;"
                        + "margin-top:3em}p{text-indent:2em;margin:0}</style></head><body><h1>")
                .append(esc(d.titleZh())).append("</h1>");
        if (d.number() != null) {
            b.append("<div class=\"no\">").append(esc(d.number())).append("</div>");
        }
        for (String p : d.paragraphs()) {
            b.append("<p>").append(esc(p)).append("</p>");
        }
        b.append("<div class=\"sign\">").append(esc(d.issuer())).append("<br>").append(date(d)).append("</div>")
                .append("</body></html>");
        return b.toString();
    }

    public static String text(WrittenDocument d) {
        StringBuilder b = new StringBuilder(d.titleZh()).append("\n");
        if (d.number() != null) {
            b.append(d.number()).append("\n");
        }
        b.append("\n");
        for (String p : d.paragraphs()) {
            b.append("　　").append(p).append("\n");
        }
        return b.append("\n").append(d.issuer()).append("\n").append(date(d)).append("\n").toString();
    }

    private static String date(WrittenDocument d) {
        return LocalDate.ofInstant(d.issuedAt(), ZoneId.of("Asia/Shanghai")).format(CHINESE_DATE);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
