package eu.alpkb.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.ingest.FetchedResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code realpages-dev} set: 60 excerpts of real pages about Alpine clusters and projects, each with an
 * annotation key, and 20 graded queries. Its README's annotation policy is the product's policy.
 */
public final class RealPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A fixed fetch time, so nothing measured depends on the day the test runs. */
    public static final Instant FETCHED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private final Path dir;

    private RealPages(Path dir) {
        this.dir = dir;
    }

    /** @return the set, or a skipped test with the reason when {@code ../shared/realpages-dev} is missing */
    public static RealPages load() {
        return new RealPages(PublicData.require("realpages-dev"));
    }

    /**
     * One page: line 1 of its file is the address, then an empty line, then the text.
     *
     * @param file its file name, the key's join field
     */
    public record Page(String file, String url, String text) {
        /** @return the page as a source would deliver it: plain UTF-8 text read from its address */
        public FetchedResource resource() {
            return new FetchedResource("realpages", url, text.getBytes(StandardCharsets.UTF_8),
                    "text/plain; charset=UTF-8", Map.of(), FETCHED_AT, false);
        }
    }

    /** One page's annotation; field meanings are in the set's README. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Key(String file, String url, String lang, String type,
                      @JsonProperty("type_alt") List<String> typeAlt, String date,
                      @JsonProperty("event_date") String eventDate, @JsonProperty("event_place") String eventPlace,
                      List<String> countries, List<String> regions, List<String> alt, List<String> mentions,
                      List<String> sectors, List<String> orgs, List<String> people, boolean offtopic) {
        public Key {
            typeAlt = typeAlt == null ? List.of() : typeAlt;
            countries = countries == null ? List.of() : countries;
            regions = regions == null ? List.of() : regions;
            alt = alt == null ? List.of() : alt;
            mentions = mentions == null ? List.of() : mentions;
            sectors = sectors == null ? List.of() : sectors;
            orgs = orgs == null ? List.of() : orgs;
            people = people == null ? List.of() : people;
        }
    }

    /** A graded query: {@code relevant} pages answer it well, {@code partly} ones are on a neighbouring subject. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GradedQuery(String query, String lang, List<String> relevant, List<String> partly) {
        public GradedQuery {
            relevant = relevant == null ? List.of() : relevant;
            partly = partly == null ? List.of() : partly;
        }
    }

    /** @return the pages in file order */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (Key k : keys().values()) {
            try {
                String raw = Files.readString(dir.resolve(k.file()), StandardCharsets.UTF_8);
                int nl = raw.indexOf('\n');
                String url = (nl < 0 ? raw : raw.substring(0, nl)).strip();
                String text = nl < 0 ? "" : raw.substring(nl + 1).strip();
                pages.add(new Page(k.file(), url, text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    /** @return each page's key by file name, in file order */
    public Map<String, Key> keys() {
        Map<String, Key> keys = new LinkedHashMap<>();
        for (Key k : read("key.json", new TypeReference<List<Key>>() { })) {
            keys.put(k.file(), k);
        }
        return keys;
    }

    /** @return the 20 graded queries */
    public List<GradedQuery> queries() {
        return read("queries.json", new TypeReference<List<GradedQuery>>() { });
    }

    private <T> T read(String name, TypeReference<T> type) {
        try {
            return JSON.readValue(dir.resolve(name).toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
