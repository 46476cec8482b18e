package eu.alpkb.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks a page's headline from its visible {@code <h1>}/{@code <h2>} headings and the titles its markup declares
 * (JSON-LD headline, Open Graph, Twitter, {@code <title>}).
 *
 * <p>A declared title often carries the site's name ("Headline | Site") and a visible heading often carries a kicker
 * ("Section Headline"), so neither is taken alone: the heading the declared titles agree with wins, cut to the part
 * they agree on.
 */
final class Headline {
    /** Separators between a title and the site's or section's name: "A | Site", "A - Site", "Site » A". */
    static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—»·•/]|::|-{1,2})\\s+|\\s*[|»]\\s*");
    private static final Pattern OWN_DASH = Pattern.compile("\\s[-–—]\\s*$");
    /** How a kicker or a date ends before the headline it stands over: punctuation, or a number ("Jun 17"). */
    private static final Pattern KICKER_END = Pattern.compile("(?:[:|–—\\-»·•/.]|\\d)\\s*$");
    /** A quotation set before the headline ("\"Pure joy\": Headline") is its first words, not a section's name. */
    private static final Pattern QUOTE_BEFORE = Pattern.compile("\\s*[\"„“«»‚‘'][^\"„“”«»]{2,80}[\"“”»«‘’']\\s*:\\s*");
    private static final Pattern CONTINUATION = Pattern.compile("[:,;.!?…–—\\-(\"“„«]|\\p{Ll}");
    /** Below this length a declared title is too unspecific to be looked for inside a heading. */
    private static final int MIN_INSIDE = 15;
    private static final int MIN_CONTAINED = 10;
    /** Shorter, or of one word, a heading is a label ("News", "Contacts"), not the headline of the page it opens. */
    private static final int MIN_H2_HEADLINE = 8;

    private Headline() {
    }

    /** Characters of a title read from a text's first line at most. */
    static final int FIRST_LINE_TITLE = 150;

    /**
     * The title of a text that declares none (a plain-text file, a PDF without metadata): its first non-blank line,
     * cut at the last word that fits when longer than {@link #FIRST_LINE_TITLE} characters, never inside a word
     * ("… d'Auvergne-R" made a name of a truncated word).
     *
     * @return the title, ending with " …" where it was cut, or "untitled" for a text without a line
     */
    static String ofFirstLine(String text) {
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("untitled").strip();
        if (line.length() <= FIRST_LINE_TITLE) {
            return line;
        }
        int cut = line.lastIndexOf(' ', FIRST_LINE_TITLE);
        return (cut > FIRST_LINE_TITLE / 2 ? line.substring(0, cut) : line.substring(0, FIRST_LINE_TITLE)).strip()
                + " …";
    }

    /**
     * @param h1s      texts of the page's level-1 headings outside navigation and footers, in page order
     * @param h2s      texts of its first level-2 headings, in page order
     * @param mainH2s  texts of the visible level-2 headings inside its {@code main} or {@code article}, in page order
     * @param declared titles the markup declares, most specific first (JSON-LD headline, og:title, twitter:title,
     *                 {@code <title>}); null or blank entries are ignored
     * @param siteName the site's name ({@code og:site_name}), or null
     * @param title    the page's {@code <title>}, or null
     * @param host     the page's host name, or null; a heading that only repeats it is the site's logo
     * @param logos    texts of the headings that carry the site's name (a heading linking to the home page)
     * @return the headline, or null when the page offers none
     */
    static String choose(List<String> h1s, List<String> h2s, List<String> mainH2s, List<String> declared, String siteName, String title,
                         String host, List<String> logos) {
        Set<String> siteLike = new HashSet<>();
        logos.stream().filter(l -> !l.isBlank()).forEach(l -> siteLike.add(norm(l)));
        if (siteName != null && !siteName.isBlank()) {
            siteLike.add(norm(siteName));
        }
        List<String> titleParts = title == null ? List.of() : parts(title);
        Set<String> headingTexts = new HashSet<>();
        h1s.forEach(h -> headingTexts.add(norm(h)));
        h2s.forEach(h -> headingTexts.add(norm(h))); // "Site | Headline" on a page that sets its headline as h2
        String lastPart = titleParts.isEmpty() ? "" : norm(titleParts.get(titleParts.size() - 1));
        if (titleParts.size() > 1 && headingTexts.stream().noneMatch(h -> h.contains(lastPart))) {
            // "Headline | Section | Site"; but in "Site - Headline" the last part is the visible headline
            siteLike.add(norm(titleParts.get(titleParts.size() - 1)));
        }
        if (host != null) {
            String h = host.replaceFirst("^www\\.", "");
            siteLike.add(norm(h));
            for (String part : titleParts) {
                // "innovation-alps.example" names "Innovation Alps": the same letters, without the domain ending
                if (letters(part).equals(letters(h.replaceFirst("\\.[^.]+$", "")))) {
                    siteLike.add(norm(part));
                }
            }
        }
        List<String> candidates = new ArrayList<>();
        for (String d : declared) {
            if (d == null || d.isBlank()) {
                continue;
            }
            candidates.add(d.strip());
            List<String> ps = parts(d);
            if (ps.size() > 1) {
                ps.stream().filter(p -> !siteLike.contains(norm(p))).forEach(candidates::add);
            }
        }
        List<String> headings = new ArrayList<>();
        for (String h : h1s) {
            String t = h.strip();
            if (t.length() >= 3 && !siteLike.contains(norm(t))) {
                headings.add(t);
            }
        }
        // A heading that repeats a whole declared title is the headline; one that repeats a title's part may be the
        // section's name ("News - Site" over "Headline"), so it yields to it, and of several parts the longest wins
        Set<String> whole = new HashSet<>();
        declared.stream().filter(d -> d != null && !d.isBlank()).forEach(d -> whole.add(norm(d)));
        String best = longestIn(headings, whole);
        if (best != null) {
            // a hidden heading for screen readers may repeat the whole <title>, site name and all
            return SiteName.without(best, siteLike);
        }
        Set<String> any = new HashSet<>();
        candidates.forEach(c -> any.add(norm(c)));
        best = longestIn(headings, any);
        if (best != null) {
            return best;
        }
        String h2 = longestIn(h2s.stream().map(String::strip).filter(h -> h.length() > 5).toList(), whole);
        if (h2 != null && headings.stream().noneMatch(h -> norm(h).length() >= MIN_CONTAINED && norm(h2).contains(norm(h)))) {
            // pages that style their headline as h2 under a section's or site's h1; an h2 that repeats the whole
            // title around the h1 is a copy for screen readers
            return SiteName.without(h2, siteLike);
        }
        // The whole heading inside a declared title ("Site - Headline - with a dash"): the heading is the headline
        for (String h : headings) {
            if (norm(h).length() >= MIN_CONTAINED && candidates.stream().anyMatch(c -> norm(c).contains(norm(h)))) {
                return h;
            }
        }
        for (String h : headings) {
            String inside = null;
            for (String c : candidates) {
                if (norm(c).length() >= MIN_INSIDE && norm(h).contains(norm(c))
                        && (inside == null || c.length() > inside.length())) {
                    inside = c;
                }
            }
            if (inside != null) {
                return trimmedTo(h, inside);
            }
        }
        if (headings.isEmpty()) {
            // no h1: an h2 that a declared title holds whole is the headline, the rest of that title an addition
            // of several, the longest: the title holds the headline whole and adds a section's name or a subtitle
            // that the page sets as another h2 ("Headline - Subtitle - Site")
            String held = null;
            for (String h : h2s) {
                if (norm(h).length() >= MIN_INSIDE && candidates.stream().anyMatch(c -> norm(c).contains(norm(h)))
                        && (held == null || h.strip().length() > held.length())) {
                    held = h.strip();
                }
            }
            if (held != null) {
                return held;
            }
        }
        for (String h : h2s) {
            // pages that style their headline as h2 under a logo h1
            if (h.strip().length() > 5 && candidates.stream().anyMatch(c -> norm(c).equals(norm(h)))) {
                return h.strip();
            }
        }
        // no h1 agrees with any declared title: an h2 that holds a whole one, with a kicker or a date before it, is the
        // headline set as h2 under h1s of the site's sections
        for (String h : h2s) {
            for (String d : declared) { // most specific first
                if (d != null && norm(d).length() >= MIN_INSIDE && norm(h).contains(norm(d))) {
                    return trimmedTo(h.strip(), d);
                }
            }
        }
        if (!headings.isEmpty()) {
            return headings.get(0);
        }
        for (String h : mainH2s) {
            // no h1: the first heading of the page's main region heads it; a declared title that no heading agrees
            // with is often a section's or a search engine's wording
            if (h.strip().length() >= MIN_H2_HEADLINE && h.strip().contains(" ")) {
                return h.strip();
            }
        }
        if (declared.stream().allMatch(d -> d == null || d.isBlank())) {
            // a page that declares no title and has no h1: its first h2 long enough to be a headline, not a label
            for (String h : h2s) {
                if (h.strip().length() >= MIN_INSIDE) {
                    return h.strip();
                }
            }
        }
        for (String d : declared) {
            if (d != null && !d.isBlank()) {
                return longestOfMany(SiteName.without(d.strip(), siteLike));
            }
        }
        return null;
    }

    /**
     * What of a heading that holds a declared title is the headline. Text before the title is a kicker or a date
     * ("Klimaschutz: Headline"), unless it ends with a dash: then the declared title kept only the headline's second
     * half. Text after it is the headline's own second half or subtitle
     * when it goes on with punctuation or in lower case ("Headline: more", "Headline in a town"), and a teaser or
     * date line set in the same heading otherwise.
     */
    private static String trimmedTo(String heading, String declared) {
        // compared without soft hyphens and runs of spaces, but cut from the heading as written
        StringBuilder h = new StringBuilder();
        List<Integer> from = new ArrayList<>();
        for (int i = 0; i < heading.length(); i++) {
            char c = heading.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (c != '\u00ad' && !(space && (h.isEmpty() || h.charAt(h.length() - 1) == ' '))) {
                h.append(space ? ' ' : c);
                from.add(i);
            }
        }
        String d = norm(declared);
        int at = h.toString().toLowerCase(Locale.ROOT).indexOf(d);
        if (at < 0 || d.isEmpty()) {
            return heading.strip();
        }
        int end = at + d.length();
        String before = h.substring(0, at);
        String after = h.substring(end).strip();
        // a heading that asks one question keeps its opening words when no punctuation sets them off: the declared
        // title shortened the question ("Heat pumps in old houses" for "Do heat pumps suit old houses?")
        boolean keepBefore = before.isBlank() || OWN_DASH.matcher(before).find()
                || QUOTE_BEFORE.matcher(before).matches()
                || heading.strip().endsWith("?") && !KICKER_END.matcher(before).find();
        boolean keepAfter = after.isEmpty() || CONTINUATION.matcher(after).lookingAt();
        return heading.substring(keepBefore ? 0 : from.get(at), keepAfter ? heading.length() : from.get(end - 1) + 1)
                .strip();
    }

    /**
     * A declared title of three parts or more that no heading confirms ("Site - Headline - Section") is headed by its
     * longest part: names of sites and sections are short.
     */
    private static String longestOfMany(String title) {
        List<String> ps = parts(title);
        if (ps.size() < 3) {
            return title;
        }
        String longest = ps.get(0);
        for (String p : ps) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        return longest;
    }

    /** @return the longest of {@code headings} whose normalised text is in {@code texts}, or null */
    private static String longestIn(List<String> headings, Set<String> texts) {
        String best = null;
        for (String h : headings) {
            if (texts.contains(norm(h)) && (best == null || h.length() > best.length())) {
                best = h;
            }
        }
        return best;
    }

    private static List<String> parts(String title) {
        List<String> out = new ArrayList<>();
        for (String p : SEPARATOR.split(title)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Compared without case, runs of spaces or soft hyphens, which sites add to one copy and not the other. */
    static String norm(String s) {
        return s.replace("\u00ad", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
