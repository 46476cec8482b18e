package eu.alpkb.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Highlighted text as plain pieces, some of them marked. The search service hands out snippets and titles as
 * escaped HTML with {@code <mark>} around matches; turning them back into text lets the templates escape every
 * character themselves and write only the {@code <mark>} tags, so nothing from a document ever reaches the page
 * as markup.
 */
record Highlighted(List<Segment> segments) {
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");

    /** A run of text, marked when it matched the query. */
    record Segment(String text, boolean marked) {
    }

    Highlighted {
        segments = List.copyOf(segments);
    }

    /** @return plain, unmarked text */
    static Highlighted plain(String text) {
        return new Highlighted(text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    /**
     * Reads escaped HTML whose only tags are {@code <mark>} and {@code </mark>}. Any other tag-like text is kept as
     * text, so it will be shown, escaped, rather than interpreted.
     */
    static Highlighted fromHtml(String html) {
        List<Segment> out = new ArrayList<>();
        if (html == null) {
            return new Highlighted(out);
        }
        boolean marked = false;
        int pos = 0;
        while (pos < html.length()) {
            int next = html.indexOf(marked ? CLOSE : OPEN, pos);
            int end = next < 0 ? html.length() : next;
            if (end > pos) {
                out.add(new Segment(unescape(html.substring(pos, end)), marked));
            }
            if (next < 0) {
                break;
            }
            pos = next + (marked ? CLOSE : OPEN).length();
            marked = !marked;
        }
        return new Highlighted(merge(out));
    }

    private static List<Segment> merge(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : in) {
            if (!out.isEmpty() && out.get(out.size() - 1).marked() == s.marked()) {
                Segment last = out.remove(out.size() - 1);
                out.add(new Segment(last.text() + s.text(), s.marked()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Decodes the character references the highlighter and {@code Html.escape} produce (named and numeric). */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i + 1 && semi - i <= 10) {
                String ref = s.substring(i + 1, semi);
                String decoded = decode(ref);
                if (decoded != null) {
                    sb.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static String decode(String ref) {
        if (ref.startsWith("#")) {
            try {
                int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null; // not a reference after all: shown as typed
            }
        }
        return NAMED.get(ref);
    }

    /**
     * @return this text without a leading {@code prefix} (and the blanks after it), or unchanged when it does not
     *         start with it; the extracted text of a page usually begins with its title, which the hit shows anyway
     */
    Highlighted withoutPrefix(String prefix) {
        if (prefix == null || prefix.isBlank() || !text().startsWith(prefix) || text().strip().equals(prefix.strip())) {
            return this;
        }
        List<Segment> out = new ArrayList<>();
        int skip = prefix.length();
        for (Segment s : segments) {
            if (skip >= s.text().length()) {
                skip -= s.text().length();
                continue;
            }
            String rest = s.text().substring(skip);
            skip = 0;
            if (out.isEmpty()) {
                rest = rest.stripLeading();
                if (rest.isEmpty()) {
                    continue;
                }
            }
            out.add(new Segment(rest, s.marked()));
        }
        return new Highlighted(out);
    }

    /** @return the text without marks */
    String text() {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
