package cn.yixin.api.attachment;

import cn.yixin.domain.DomainException;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An attachment's file name as the caller sends it, and as a download gives it back (issue #12 item 6).
 *
 * <p>HTTP header values are ISO-8859-1 on the wire, so a Chinese name needs an encoding. Accepted, in this order:
 * <ol>
 *   <li>{@code Content-Disposition: attachment; filename*=UTF-8''%E6%95%B4%E6%94%B9.pdf} (RFC 6266 with RFC 8187's
 *   ext-value; only UTF-8 is accepted as its charset);</li>
 *   <li>{@code X-File-Name: %E6%95%B4%E6%94%B9.pdf}, percent-encoded UTF-8 ({@code encodeURIComponent} in a browser;
 *   {@code +} is a plus, not a space);</li>
 *   <li>raw UTF-8 bytes in either header. They arrive decoded as ISO-8859-1, i.e. as mojibake ({@code æ•´æ”¹.pdf}); such
 *   a value is re-read as UTF-8 only when its bytes are well-formed UTF-8, which text really meant as Latin-1 almost
 *   never is (UTF-8 multi-byte sequences check themselves). A value that is not is refused, never stored garbled.
 *   A value that already holds characters beyond ISO-8859-1 (a client or gateway that decoded it) is taken as is.</li>
 * </ol>
 * A name is 1–200 characters, without path separators, control or invisible formatting characters (a right-to-left
 * override would disguise {@code gpj.exe} as {@code exe.jpg}). Refusals name the header, never the name sent.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** The name to store: from Content-Disposition if it has one, else X-File-Name, else null. */
    public static String fromHeaders(String xFileName, String contentDisposition) {
        if (contentDisposition != null && !contentDisposition.isBlank()) {
            String fromDisposition = fromDisposition(contentDisposition);
            if (fromDisposition != null) {
                return fromDisposition;
            }
        }
        if (xFileName == null || xFileName.isBlank()) {
            return null;
        }
        return checked(percentDecoded(unmangled(xFileName.strip(), "X-File-Name"), "X-File-Name"), "X-File-Name");
    }

    private static String fromDisposition(String header) {
        String star = parameter(header, "filename*");
        if (star != null) {
            int q1 = star.indexOf('\'');
            int q2 = q1 < 0 ? -1 : star.indexOf('\'', q1 + 1);
            if (q2 < 0 || !star.substring(0, q1).equalsIgnoreCase("UTF-8")) {
                throw invalid("Content-Disposition");
            }
            return checked(percentDecoded(star.substring(q2 + 1), "Content-Disposition"), "Content-Disposition");
        }
        String plain = parameter(header, "filename");
        if (plain == null) {
            return null;
        }
        if (plain.length() >= 2 && plain.startsWith("\"") && plain.endsWith("\"")) {
            plain = plain.substring(1, plain.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return checked(unmangled(plain, "Content-Disposition"), "Content-Disposition");
    }

    /** The value of one parameter of a header like {@code attachment; a=b; c="d"}; null when absent. */
    private static String parameter(String header, String name) {
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return part.substring(eq + 1).strip();
            }
        }
        return null;
    }

    /** Raw UTF-8 bytes read as ISO-8859-1 are read again as UTF-8; a value that is not well-formed is refused. */
    private static String unmangled(String value, String header) {
        boolean high = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                return value; // already decoded to Unicode upstream
            }
            high |= c > 0x7F;
        }
        if (!high) {
            return value;
        }
        return utf8(value.getBytes(StandardCharsets.ISO_8859_1), header);
    }

    /** %XX escapes to bytes, read as UTF-8; every other character stands for itself ({@code +} stays a plus). */
    private static String percentDecoded(String value, String header) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] literal = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < literal.length; i++) {
            byte b = literal[i];
            if (b == '%') {
                if (i + 2 >= literal.length || Character.digit(literal[i + 1], 16) < 0
                        || Character.digit(literal[i + 2], 16) < 0) {
                    throw invalid(header);
                }
                bytes.write(Character.digit(literal[i + 1], 16) * 16 + Character.digit(literal[i + 2], 16));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return utf8(bytes.toByteArray(), header);
    }

    private static String utf8(byte[] bytes, String header) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw invalid(header);
        }
    }

    private static String checked(String name, String header) {
        String n = name.strip();
        if (n.isEmpty() || n.length() > MAX_LENGTH || n.contains("/") || n.contains("\\") || n.equals(".")
                || n.equals("..")) {
            throw invalid(header);
        }
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                throw invalid(header);
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    static DomainException invalid(String header) {
        return DomainException.invalidField(header, "ATTACHMENT_NAME_INVALID",
                "文件名无效：中文等非 ASCII 文件名请按 UTF-8 百分号编码后放入 X-File-Name，或使用 Content-Disposition 的 "
                        + "filename*=UTF-8'' 形式；文件名最长 " + MAX_LENGTH + " 个字符，不能含路径分隔符或控制字符。",
                "The file name is invalid: send a non-ASCII name percent-encoded as UTF-8 in X-File-Name, or as "
                        + "Content-Disposition filename*=UTF-8''…; at most " + MAX_LENGTH
                        + " characters, without path separators or control characters.");
    }

    /**
     * The Content-Disposition of a download: an ASCII fallback {@code filename} for old clients (non-ASCII as
     * {@code _}) and the exact name as RFC 8187 {@code filename*=UTF-8''…}.
     */
    public static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder ext = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            if ((v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z') || (v >= '0' && v <= '9')
                    || "!#$&+-.^_`|~".indexOf(v) >= 0) {
                ext.append((char) v);
            } else {
                ext.append('%').append(Character.toUpperCase(Character.forDigit(v >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(v & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + ext;
    }
}
