package eu.alpkb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** The bundled archive's answer key, {@code corpus/answers.json}, for tests that grade extraction and tagging. */
public final class AnswerKey {
    public static final Path CORPUS = Paths.get(System.getProperty("alpkb.corpus", "corpus")).toAbsolutePath();
    public static final Path SITE = CORPUS.resolve("site");

    /**
     * One expected document.
     *
     * @param people the people the text interviews or quotes (empty when none)
     * @param events the events the text announces or reports (empty when none)
     * @param orgs   the organisations the text is about: vocabulary ids, or names as written where the vocabulary has
     *               none (empty when none)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String path, String source, String title, String type, String date, String lang,
                       List<String> regions, List<String> sectors, List<Person> people, List<Event> events,
                       List<String> orgs, String expect) {
        public Item {
            people = people == null ? List.of() : List.copyOf(people);
            events = events == null ? List.of() : List.copyOf(events);
            orgs = orgs == null ? List.of() : List.copyOf(orgs);
        }

        public boolean indexed() {
            return "indexed".equals(expect);
        }
    }

    /** A person the text quotes; {@code role} and {@code org} are null where the text gives none. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String name, String role, String org) {
    }

    /** An event the text announces or reports; {@code start} at the precision the text gives, {@code place} a NUTS code. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String name, String start, String end, String place, String organiser) {
    }

    /** The file's shape. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(List<Item> items) {
    }

    private AnswerKey() {
    }

    public static List<Item> items() {
        try {
            return new ObjectMapper().readValue(CORPUS.resolve("answers.json").toFile(), File.class).items();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer key under " + CORPUS, e);
        }
    }

    /** @return the text of every HTML page of the key, as a browser shows its body, line breaks kept */
    public static List<String> htmlTexts() {
        List<String> out = new java.util.ArrayList<>();
        for (Item item : items()) {
            if (item.path().endsWith(".html")) {
                try {
                    out.add(org.jsoup.Jsoup.parse(java.nio.file.Files.readString(SITE.resolve(item.path()))).body()
                            .wholeText());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
