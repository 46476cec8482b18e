package eu.alpkb.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BEIR SciFact as its README lays it out: abstracts, claims and the official test judgements. Only read from
 * {@code ../shared/eval-public/ir/scifact}; nothing of it is copied into the project (its licence is non-commercial).
 */
public final class SciFact {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One abstract. */
    public record Doc(String id, String title, String text) {
    }

    /** One test claim and the abstracts judged relevant to it. */
    public record Query(String id, String text, Set<String> relevant) {
    }

    private final List<Doc> docs;
    private final List<Query> queries;

    private SciFact(List<Doc> docs, List<Query> queries) {
        this.docs = docs;
        this.queries = queries;
    }

    /** @return the collection, or a skipped test when it is not beside the project */
    public static SciFact load() {
        Path dir = PublicData.require("eval-public/ir/scifact");
        try {
            List<Doc> docs = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        JsonNode n = JSON.readTree(line);
                        docs.add(new Doc(n.get("_id").asText(), n.path("title").asText(""), n.path("text").asText("")));
                    }
                }
            }
            Map<String, Set<String>> qrels = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(dir.resolve("qrels").resolve("test.tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                if (f.length >= 3 && Integer.parseInt(f[2].strip()) > 0) {
                    qrels.computeIfAbsent(f[0].strip(), k -> new java.util.HashSet<>()).add(f[1].strip());
                }
            }
            Map<String, String> texts = new HashMap<>();
            try (BufferedReader r = Files.newBufferedReader(dir.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        JsonNode n = JSON.readTree(line);
                        texts.put(n.get("_id").asText(), n.get("text").asText());
                    }
                }
            }
            List<Query> queries = new ArrayList<>();
            qrels.forEach((id, rel) -> queries.add(new Query(id, texts.get(id), Set.copyOf(rel))));
            return new SciFact(List.copyOf(docs), List.copyOf(queries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the same collection with each claim cut to its {@code words} longest words, in the claim's order (the
     *         earlier of two as long): the few words of a query as people type it into a search box, a test of
     *         short queries where a claim's sentence has most of its words in every relevant abstract
     */
    public SciFact withKeywordQueries(int words) {
        List<Query> cut = new ArrayList<>();
        for (Query q : queries) {
            List<String> all = new ArrayList<>();
            for (String w : q.text().split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    all.add(w);
                }
            }
            List<Integer> longest = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                longest.add(i);
            }
            longest.sort(java.util.Comparator.comparingInt((Integer i) -> -all.get(i).length()));
            List<Integer> kept = new ArrayList<>(longest.subList(0, Math.min(words, longest.size())));
            kept.sort(null);
            List<String> text = new ArrayList<>();
            kept.forEach(i -> text.add(all.get(i)));
            cut.add(new Query(q.id(), String.join(" ", text), q.relevant()));
        }
        return new SciFact(docs, List.copyOf(cut));
    }

    public List<Doc> docs() {
        return docs;
    }

    public List<Query> queries() {
        return queries;
    }

    /** @return nDCG@k with binary gains, as trec_eval's {@code ndcg_cut} computes it */
    public static double ndcg(List<String> ranked, Set<String> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /** @return the share of the relevant documents found among the first k */
    public static double recall(List<String> ranked, Set<String> relevant, int k) {
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return relevant.isEmpty() ? 0 : (double) found / relevant.size();
    }
}
