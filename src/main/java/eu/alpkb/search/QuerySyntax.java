package eu.alpkb.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what was typed into the search box the way Elasticsearch's {@code simple_query_string} does: the syntax that
 * is well formed ({@code "phrase"}, {@code "phrase"~N}, {@code -word}, {@code +word}, {@code a OR b}, {@code word*},
 * {@code word~}, {@code word^2}, {@code field:value}) is honoured, and everything else is taken as words. It never
 * fails; what it took literally or dropped is reported as notices for the reader.
 */
public final class QuerySyntax {
    /** Fields the syntax accepts before a colon; anything else before a colon is text ("e-mail: ...", "2014:"). */
    /** A prefix search needs at least this many letters before its {@code *}. */
    public static final int MIN_PREFIX = 2;
    public static final Set<String> FIELDS = Set.of("title", "type", "region", "sector", "lang");

    private static final Pattern BOOST = Pattern.compile("^(.+)\\^(\\d{1,3}(?:\\.\\d{1,2})?)$");
    private static final Pattern FUZZY = Pattern.compile("^(.+?)~(\\d?)$");
    private static final Pattern SLOP = Pattern.compile("^~(\\d{1,3})");
    private static final String QUOTES = "\"\u201C\u201D\u201E";

    public enum Kind { WORD, PHRASE, PREFIX, FUZZY, FIELD }

    /** How a clause takes part: must, may, must not. */
    public enum Mode { MUST, SHOULD, MUST_NOT }

    /**
     * One piece of the query.
     *
     * @param field {@code title} for title-only text, a filter dimension for {@link Kind#FIELD}, else null
     * @param slop  for phrases, how far apart the words may be; for fuzzy words, the edits allowed (0 = default)
     */
    public record Clause(Kind kind, String field, String text, int slop, float boost, Mode mode) {
    }

    /** Clauses joined by OR; a single clause is a group of one. */
    public record Group(List<Clause> alternatives, Mode mode) {
    }

    /** The groups in typed order, and what was read differently from how it was typed. */
    public record Lexed(List<Group> groups, List<QueryNotice> notices) {
    }

    private QuerySyntax() {
    }

    public static Lexed read(String text) {
        Reader r = new Reader(text);
        r.run();
        return new Lexed(r.groups(), List.copyOf(r.notices));
    }

    private static final class Reader {
        final String s;
        int i;
        final Set<QueryNotice> notices = new LinkedHashSet<>();
        final List<Object> tokens = new ArrayList<>();
        Mode pending = Mode.SHOULD;
        String pendingField;
        int parens;
        boolean unbalancedParens;

        Reader(String s) {
            this.s = s;
        }

        void run() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '[' || c == ']' || c == '{' || c == '}') {
                    i++;
                } else if (c == '(') {
                    parens++;
                    i++;
                } else if (c == ')') {
                    if (--parens < 0) {
                        unbalancedParens = true;
                        parens = 0;
                    }
                    i++;
                } else if ((c == '-' || c == '+') && startsToken() && i + 1 < s.length()
                        && !Character.isWhitespace(s.charAt(i + 1)) && s.charAt(i + 1) != c) {
                    pending = c == '-' ? Mode.MUST_NOT : Mode.MUST;
                    i++;
                } else if (QUOTES.indexOf(c) >= 0) {
                    quoted();
                } else {
                    word();
                }
            }
            if (parens > 0 || unbalancedParens) {
                notices.add(QueryNotice.of(QueryNotice.Kind.PARENTHESES));
            }
            if (pending != Mode.SHOULD || pendingField != null) {
                notices.add(QueryNotice.of(QueryNotice.Kind.TRAILING_OPERATOR));
            }
        }

        private boolean startsToken() {
            return i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(';
        }

        private void quoted() {
            int close = -1;
            for (int j = i + 1; j < s.length(); j++) {
                if (QUOTES.indexOf(s.charAt(j)) >= 0) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                notices.add(QueryNotice.of(QueryNotice.Kind.UNMATCHED_QUOTE));
                i++;
                return;
            }
            String phrase = s.substring(i + 1, close);
            i = close + 1;
            int slop = 0;
            Matcher m = SLOP.matcher(s.substring(i));
            if (m.find()) {
                slop = Math.min(10, Integer.parseInt(m.group(1)));
                i += m.end();
            }
            String field = pendingField;
            pendingField = null;
            if (phrase.isBlank()) {
                pending = Mode.SHOULD;
                return;
            }
            if (field != null && !field.equals("title")) {
                add(new Clause(Kind.FIELD, field, phrase.strip(), 0, 1, pending));
            } else {
                add(new Clause(Kind.PHRASE, field, phrase, slop, 1, pending));
            }
        }

        private void word() {
            int start = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || QUOTES.indexOf(c) >= 0 || c == '(' || c == ')' || c == '['
                        || c == ']' || c == '{' || c == '}') {
                    break;
                }
                i++;
            }
            String raw = s.substring(start, i);
            switch (raw) {
                case "OR", "||", "|" -> {
                    tokens.add(Op.OR);
                    return;
                }
                case "AND", "&&", "&" -> {
                    tokens.add(Op.AND);
                    return;
                }
                case "NOT" -> {
                    pending = Mode.MUST_NOT;
                    return;
                }
                default -> {
                }
            }
            int colon = raw.indexOf(':');
            if (colon > 0 && FIELDS.contains(raw.substring(0, colon).toLowerCase(Locale.ROOT))) {
                String field = raw.substring(0, colon).toLowerCase(Locale.ROOT);
                String value = raw.substring(colon + 1);
                if (value.isEmpty()) {
                    if (i < s.length() && QUOTES.indexOf(s.charAt(i)) >= 0) {
                        pendingField = field;
                    } else {
                        notices.add(new QueryNotice(QueryNotice.Kind.EMPTY_FIELD, field));
                        pending = Mode.SHOULD;
                    }
                    return;
                }
                if (!field.equals("title")) {
                    add(new Clause(Kind.FIELD, field, value, 0, 1, pending));
                    return;
                }
                plain(value, "title");
                return;
            }
            plain(raw, null);
        }

        private void plain(String raw, String field) {
            float boost = 1;
            Matcher b = BOOST.matcher(raw);
            if (b.matches()) {
                raw = b.group(1);
                boost = Math.max(0.01f, Math.min(100f, Float.parseFloat(b.group(2))));
            }
            Matcher f = FUZZY.matcher(raw);
            if (f.matches() && letters(f.group(1)) >= 3) {
                int edits = f.group(2).isEmpty() ? 0 : Math.min(2, Integer.parseInt(f.group(2)));
                add(new Clause(Kind.FUZZY, field, f.group(1), edits, boost, pending));
                return;
            }
            int star = raw.indexOf('*');
            if (star == raw.length() - 1 && star > 0 && raw.indexOf('?') < 0
                    && letters(raw.substring(0, star)) >= MIN_PREFIX) {
                add(new Clause(Kind.PREFIX, field, raw.substring(0, star), 0, boost, pending));
                return;
            }
            String text = raw;
            if (star >= 0 || mid(raw, '?')) {
                notices.add(QueryNotice.of(QueryNotice.Kind.WILDCARD));
                text = raw.replace('*', ' ').replace('?', ' ');
            }
            if (letters(text) == 0) {
                if (pending != Mode.SHOULD) {
                    notices.add(QueryNotice.of(QueryNotice.Kind.DANGLING_OPERATOR));
                }
                pending = Mode.SHOULD;
                return;
            }
            add(new Clause(Kind.WORD, field, text, 0, boost, pending));
        }

        /** @return whether {@code c} occurs other than at the end, where people end questions with it */
        private static boolean mid(String raw, char c) {
            String trimmed = raw.replaceAll("[?!.,;:]+$", "");
            return trimmed.indexOf(c) >= 0;
        }

        private static int letters(String t) {
            return (int) t.codePoints().filter(Character::isLetterOrDigit).count();
        }

        private void add(Clause c) {
            tokens.add(c);
            pending = Mode.SHOULD;
        }

        /** Joins clauses around OR; a dangling OR or AND is dropped with a notice. */
        List<Group> groups() {
            List<Group> out = new ArrayList<>();
            List<Clause> current = null;
            boolean orPending = false;
            for (int t = 0; t < tokens.size(); t++) {
                Object tok = tokens.get(t);
                if (tok == Op.OR || tok == Op.AND) {
                    boolean hasLeft = current != null;
                    boolean hasRight = t + 1 < tokens.size() && tokens.get(t + 1) instanceof Clause;
                    if (!hasLeft || !hasRight) {
                        notices.add(new QueryNotice(QueryNotice.Kind.LONE_OPERATOR, tok.toString()));
                    } else if (tok == Op.OR) {
                        orPending = true;
                    }
                    continue;
                }
                Clause c = (Clause) tok;
                if (orPending && current != null && c.mode() == Mode.SHOULD && current.get(0).mode() == Mode.SHOULD) {
                    current.add(c);
                } else {
                    if (current != null) {
                        out.add(new Group(List.copyOf(current), current.get(0).mode()));
                    }
                    current = new ArrayList<>(List.of(c));
                }
                orPending = false;
            }
            if (current != null) {
                out.add(new Group(List.copyOf(current), current.get(0).mode()));
            }
            return out;
        }
    }

    private enum Op { OR, AND }
}
