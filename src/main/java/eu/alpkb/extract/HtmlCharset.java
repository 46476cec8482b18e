package eu.alpkb.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/**
 * The character set a page declares in its first bytes ({@code <meta charset>}, {@code <meta http-equiv=content-type>}
 * or an XML declaration), found by scanning the bytes as browsers do before decoding.
 *
 * <p>Left to itself, jsoup finds the declaration by decoding and parsing the page's first five kilobytes as a document
 * and then parsing the whole page again: a fifth of the cost of extracting a typical page.
 */
final class HtmlCharset {
    /** How far into the page a declaration counts; browsers look at the first 1,024 bytes, jsoup at 5,120. */
    static final int SCAN_LIMIT = 5120;

    private final byte[] bytes;
    private final int end;
    private int pos;

    private HtmlCharset(byte[] bytes) {
        this.bytes = bytes;
        this.end = Math.min(bytes.length, SCAN_LIMIT);
    }

    /** @return the supported character set the page declares, or null when it declares none (or a useless one) */
    static String declared(byte[] bytes) {
        return new HtmlCharset(bytes).scan();
    }

    private String scan() {
        if (startsWith(0, "<?xml")) {
            String encoding = xmlDeclarationEncoding();
            if (encoding != null) {
                return encoding;
            }
        }
        while (pos < end) {
            if (startsWith(pos, "<!--")) {
                int close = indexOf("-->", pos + 4);
                pos = close < 0 ? end : close + 3;
            } else if (startsWith(pos, "<meta") && pos + 5 < end && isTagEnd(bytes[pos + 5])) {
                pos += 5;
                String found = metaCharset();
                if (found != null) {
                    return found;
                }
            } else {
                pos++;
            }
        }
        return null;
    }

    /** Reads one meta tag's attributes; returns its charset when it declares a usable one. */
    private String metaCharset() {
        String charset = null;
        String content = null;
        boolean contentType = false;
        while (true) {
            String[] attr = attribute();
            if (attr == null) {
                break;
            }
            switch (attr[0]) {
                case "charset" -> charset = charset == null ? attr[1] : charset;
                case "content" -> content = content == null ? attr[1] : content;
                case "http-equiv" -> contentType |= attr[1].trim().equalsIgnoreCase("content-type");
                default -> {
                }
            }
        }
        if (charset != null) {
            return usable(charset);
        }
        if (contentType && content != null) {
            int at = content.toLowerCase(Locale.ROOT).indexOf("charset");
            if (at >= 0) {
                String rest = content.substring(at + 7).stripLeading();
                if (rest.startsWith("=")) {
                    return usable(rest.substring(1).strip().split("[\\s;]", 2)[0]);
                }
            }
        }
        return null;
    }

    /**
     * Reads the next attribute of the tag at {@link #pos}.
     *
     * @return name (lower case) and value, or null at the end of the tag
     */
    private String[] attribute() {
        while (pos < end && (isSpace(bytes[pos]) || bytes[pos] == '/')) {
            pos++;
        }
        if (pos >= end || bytes[pos] == '>') {
            pos++;
            return null;
        }
        int nameStart = pos;
        while (pos < end && bytes[pos] != '=' && bytes[pos] != '>' && bytes[pos] != '/' && !isSpace(bytes[pos])) {
            pos++;
        }
        String name = ascii(nameStart, pos).toLowerCase(Locale.ROOT);
        while (pos < end && isSpace(bytes[pos])) {
            pos++;
        }
        if (pos >= end || bytes[pos] != '=') {
            return new String[] {name, ""};
        }
        pos++;
        while (pos < end && isSpace(bytes[pos])) {
            pos++;
        }
        if (pos < end && (bytes[pos] == '"' || bytes[pos] == '\'')) {
            byte quote = bytes[pos++];
            int valueStart = pos;
            while (pos < end && bytes[pos] != quote) {
                pos++;
            }
            String value = ascii(valueStart, pos);
            pos++;
            return new String[] {name, value};
        }
        int valueStart = pos;
        while (pos < end && bytes[pos] != '>' && !isSpace(bytes[pos])) {
            pos++;
        }
        return new String[] {name, ascii(valueStart, pos)};
    }

    private String xmlDeclarationEncoding() {
        int close = indexOf("?>", 5);
        String declaration = ascii(5, close < 0 ? end : close);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return null;
        }
        String rest = declaration.substring(at + 8).stripLeading();
        if (!rest.startsWith("=")) {
            return null;
        }
        rest = rest.substring(1).strip();
        if (rest.startsWith("\"") || rest.startsWith("'")) {
            int q = rest.indexOf(rest.charAt(0), 1);
            rest = q < 0 ? rest.substring(1) : rest.substring(1, q);
        }
        return usable(rest);
    }

    /** @return the charset a Content-Type names, when this JVM knows it; else null (the page's own word decides) */
    static String fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").replace("'", "").strip();
                try {
                    return java.nio.charset.Charset.isSupported(cs) ? cs : null;
                } catch (IllegalArgumentException e) {
                    return null; // an illegal charset name is the server's mistake
                }
            }
        }
        return null;
    }

    /**
     * @return the name when Java supports the character set; UTF-8 for a UTF-16 or UTF-32 declaration, which bytes
     *     readable as ASCII contradict (browsers do the same); null otherwise
     */
    private static String usable(String name) {
        String n = name.strip().replace("\"", "").replace("'", "");
        if (n.isEmpty()) {
            return null;
        }
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.startsWith("utf-16") || lower.startsWith("utf-32")) {
            return "UTF-8";
        }
        try {
            return Charset.isSupported(n) ? n : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private boolean startsWith(int at, String asciiLower) {
        if (at + asciiLower.length() > end) {
            return false;
        }
        for (int i = 0; i < asciiLower.length(); i++) {
            int b = bytes[at + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != asciiLower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String ascii, int from) {
        for (int i = from; i + ascii.length() <= end; i++) {
            if (startsWith(i, ascii)) {
                return i;
            }
        }
        return -1;
    }

    private String ascii(int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            sb.append((char) (bytes[i] & 0xff));
        }
        return sb.toString();
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    private static boolean isTagEnd(byte b) {
        return isSpace(b) || b == '/' || b == '>';
    }
}
