package eu.alpkb.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence templates of one language, read from {@code phrases-LANG.txt} beside this class: sections in
 * brackets, one entry per line, {@code #} comments.
 */
final class Phrasebook {
    private final String lang;
    private final Map<String, List<String>> sections;

    private Phrasebook(String lang, Map<String, List<String>> sections) {
        this.lang = lang;
        this.sections = sections;
    }

    static Phrasebook load(String lang) {
        String name = "phrases-" + lang + ".txt";
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = Phrasebook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no phrasebook " + name + " on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(name + ": entry before the first [section]: " + l);
                } else {
                    current.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return new Phrasebook(lang, Map.copyOf(sections));
    }

    String lang() {
        return lang;
    }

    /** @throws IllegalStateException for a section the file lacks, so a missing template fails loudly */
    List<String> section(String name) {
        List<String> s = sections.get(name);
        if (s == null || s.isEmpty()) {
            throw new IllegalStateException("phrases-" + lang + ".txt has no [" + name + "] entries");
        }
        return s;
    }
}
