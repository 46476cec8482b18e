package eu.alpkb.enrich;

import eu.alpkb.config.Organisation;
import eu.alpkb.config.Text;
import eu.alpkb.config.Vocabularies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grades the organisations found beyond the vocabulary against a key that names organisations by vocabulary id or as
 * the text writes them. A found name matches a key name when their folded forms, with or without the short form in
 * parentheses, are equal or one holds the other as whole words ("Silicon Alps Cluster" holds "Silicon Alps"), whichever
 * language's "and" joins their words ("Cluster Arredo and Sistema Casa" is "Cluster Arredo e Sistema Casa").
 */
final class FoundOrgGrading {
    private final Vocabularies vocab;
    int found;
    int foundRight;
    int wantedOutside;
    int expected;
    int recalled;
    final StringBuilder misses = new StringBuilder();

    FoundOrgGrading(Vocabularies vocab) {
        this.vocab = vocab;
    }

    /** @return the vocabulary id a key entry names: the id itself, or a name or alias of the entry */
    Optional<String> vocabularyId(String keyEntry) {
        if (vocab.organisation(keyEntry).isPresent()) {
            return Optional.of(keyEntry);
        }
        Set<String> forms = forms(keyEntry);
        for (Organisation o : vocab.organisations().values()) {
            List<String> names = new ArrayList<>(o.aliases());
            names.add(o.name());
            for (String n : names) {
                if (forms.contains(Text.fold(n))) {
                    return Optional.of(o.id());
                }
            }
        }
        return Optional.empty();
    }

    /** "and", "e", "und", "et", "y": the same organisation's name written in another language's "and". */
    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("(?<=^| )(and|e|und|et|y)(?= |$)");

    static Set<String> forms(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(Text.fold(name));
        int open = name.indexOf('(');
        int close = name.lastIndexOf(')');
        if (open > 0 && close > open) {
            out.add(Text.fold(name.substring(0, open)));
            out.add(Text.fold(name.substring(open + 1, close)));
        }
        for (String f : List.copyOf(out)) {
            out.add(AND.matcher(f).replaceAll("&"));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    static boolean matches(String found, String key) {
        for (String f : forms(found)) {
            for (String k : forms(key)) {
                if (f.equals(k)) {
                    return true;
                }
                String shorter = f.length() < k.length() ? f : k;
                String longer = f.length() < k.length() ? k : f;
                if (shorter.length() >= 5 && (" " + longer + " ").contains(" " + shorter + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds one document.
     *
     * @param label  the document, for the printed lines
     * @param key    organisations the key says it is about
     * @param tagged vocabulary ids tagged
     * @param names  organisation names found beyond the vocabulary
     */
    void add(String label, Collection<String> key, Collection<String> tagged, Collection<String> names) {
        List<String> outside = key.stream().filter(k -> vocabularyId(k).isEmpty()).toList();
        wantedOutside += outside.size();
        for (String n : names) {
            found++;
            if (outside.stream().anyMatch(k -> matches(n, k))) {
                foundRight++;
            } else {
                misses.append(String.format("  found-   %-40s %s not in %s%n", label, n, outside));
            }
        }
        for (String k : key) {
            expected++;
            Optional<String> id = vocabularyId(k);
            if (id.isPresent() && tagged.contains(id.get()) || names.stream().anyMatch(n -> matches(n, k))) {
                recalled++;
            } else {
                misses.append(String.format("  missed   %-40s %s%n", label, k));
            }
        }
    }

    double precision() {
        return found == 0 ? 1 : (double) foundRight / found;
    }

    double combinedRecall() {
        return expected == 0 ? 1 : (double) recalled / expected;
    }

    String line(String what) {
        return String.format("%s found organisations: precision %.3f (%d/%d) against the %d key names outside the"
                        + " vocabulary; vocabulary+found recall %.3f (%d/%d)", what, precision(), foundRight, found,
                wantedOutside, combinedRecall(), recalled, expected);
    }
}
