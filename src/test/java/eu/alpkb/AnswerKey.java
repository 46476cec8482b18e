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

    /** One expected document. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String path, String source, String title, String type, String date, String lang,
                       List<String> regions, List<String> sectors, String expect) {
        public boolean indexed() {
            return "indexed".equals(expect);
        }
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
}
