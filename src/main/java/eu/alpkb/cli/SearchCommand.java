package eu.alpkb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.search.Dimension;
import eu.alpkb.search.BadQueryException;
import eu.alpkb.search.SearchHit;
import eu.alpkb.search.SearchRequest;
import eu.alpkb.search.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Searches the index from the command line. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "query words (user syntax)")
    List<String> words = new ArrayList<>();

    @Option(names = "--region", paramLabel = "CODE", description = "filter by region (code or name); repeatable")
    List<String> regions = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "ID", description = "filter by sector; repeatable")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "hits to show (default: 10)")
    int size;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (size < 1 || size > 100) {
            System.err.println("alpkb: --size must be between 1 and 100");
            return 2;
        }
        Config config = Launch.config(common);
        try (Services services = Launch.services(config, common)) {
            Map<String, List<String>> filters = new LinkedHashMap<>();
            if (!regions.isEmpty()) {
                filters.put(Dimension.REGION.key(), regions);
            }
            if (!sectors.isEmpty()) {
                filters.put(Dimension.SECTOR.key(), sectors);
            }
            SearchResult result;
            try {
                result = services.reader().search(new SearchRequest(String.join(" ", words), filters, null, null,
                        SearchRequest.Sort.RELEVANCE, 1, size, "en"));
            } catch (BadQueryException e) {
                System.err.println("alpkb: " + e.getMessage());
                return 2;
            }
            if (json) {
                ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT);
                Map<String, Object> out = new java.util.LinkedHashMap<>();
                out.put("total", result.total());
                out.put("hits", result.hits());
                out.put("suggestion", result.suggestion()); // null when there is none, as in the HTTP API
                out.put("notice", result.notice());
                System.out.println(mapper.writeValueAsString(out));
                return 0;
            }
            System.out.println(result.total() + " results" + (result.suggestion() != null
                    ? " (did you mean: " + result.suggestion() + ")" : ""));
            if (result.notice() != null) {
                System.out.println("note: " + result.notice());
            }
            for (SearchHit h : result.hits()) {
                System.out.printf("%s  %-17s %s%n    %s%n", h.date() == null ? "----------" : h.date(), h.type(),
                        h.title(), h.url());
            }
            return 0;
        }
    }
}
