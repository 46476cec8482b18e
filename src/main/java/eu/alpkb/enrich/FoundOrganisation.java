package eu.alpkb.enrich;

import eu.alpkb.config.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation a document names that the vocabulary does not know, found by the page's markup or by the words
 * around its name.
 *
 * @param name       the name as the document writes it, with the short form it defines in parentheses, if any
 * @param kind       cluster, university, chamber, agency, company, authority, network or other
 * @param confidence how sure the finder is that the name is an organisation the document is about (0..1)
 * @param evidence   the sentence it was found in, or the markup that declares it
 * @param how        {@link #MARKUP} or {@link #PATTERN}
 */
public record FoundOrganisation(String name, String kind, double confidence, String evidence, String how) {
    /** Found in the page's own structured data (JSON-LD or microdata). */
    public static final String MARKUP = "markup";
    /** Found by the words of its name in the text. */
    public static final String PATTERN = "pattern";

    /** A name followed by the short form it defines: "Automotive Cluster of Slovenia (ACS)". */
    private static final Pattern SHORT_FORM = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

    /** @return the name without the short form it defines in parentheses */
    public static String baseName(String name) {
        Matcher m = SHORT_FORM.matcher(name.strip());
        return m.matches() ? m.group(1) : name.strip();
    }

    /** @return the short form a name defines in parentheses, or null */
    public static String shortForm(String name) {
        Matcher m = SHORT_FORM.matcher(name.strip());
        return m.matches() ? m.group(2).strip() : null;
    }

    /**
     * @return the organisation among {@code orgs} (found in the same document) whose name or short form a role names
     *         as whole words ("Researcher, Lund University"), if any: the one a person with that role works for
     */
    public static Optional<FoundOrganisation> namedIn(String role, List<FoundOrganisation> orgs) {
        if (role == null || orgs.isEmpty()) {
            return Optional.empty();
        }
        String folded = " " + Text.fold(role) + " ";
        for (FoundOrganisation o : orgs) {
            for (String n : Arrays.asList(baseName(o.name()), shortForm(o.name()))) {
                if (n != null && !n.isBlank() && folded.contains(" " + Text.fold(n) + " ")) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @return the organisation among {@code orgs} (found in the same document) that a person works for: the one the
     *         role names, or the one the document is about that the person's bare role refers to; empty for a person
     *         of a vocabulary organisation or of none
     */
    public static Optional<FoundOrganisation> employerOf(Person p, List<FoundOrganisation> orgs) {
        if (p.organisation() != null) {
            return Optional.empty();
        }
        Optional<FoundOrganisation> named = namedIn(p.role(), orgs);
        if (named.isPresent() || p.employer() == null) {
            return named;
        }
        return orgs.stream().filter(o -> o.name().equals(p.employer())).findFirst();
    }

    /**
     * @return the ways a reviewer may write the name: as found, and without its short form. The short form alone is
     *         no name to decide on: two organisations can share one.
     */
    public static List<String> names(String name) {
        String base = baseName(name);
        return base.equals(name) ? List.of(name) : List.of(name, base);
    }
}
