package eu.alpkb.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How documents are ranked.
 *
 * @param boosts        per-field weight of a match; keys are the searchable fields
 *                      ({@code title}, {@code summary}, {@code text}, {@code orgs}, {@code projects})
 * @param recency       whether newer documents get a gentle lift among equally relevant ones
 * @param recencyWeight how strong that lift is, as the share of a score it can add at most
 * @param recencyScaleDays age in days at which the lift has halved
 * @param allWordsUpTo  queries with up to this many words (stop words aside) match documents with all of them
 * @param minimumShouldMatch share of the words a document must have for a longer query
 */
public record IndexSettings(Map<String, Float> boosts, Boolean recency, Float recencyWeight, Integer recencyScaleDays,
                            Integer allWordsUpTo, Float minimumShouldMatch, String backend) {
    /** The embedded Lucene index, the default: nothing to run beside the service. */
    public static final String LUCENE = "lucene";
    /** A SolrCloud cluster, configured in the {@code solr} section. */
    public static final String SOLRCLOUD = "solrcloud";

    public static final Map<String, Float> DEFAULT_BOOSTS = Map.of(
            "title", 1.0f, "summary", 0.0f, "text", 1.0f, "orgs", 2.0f, "projects", 2.0f);
    public static final float DEFAULT_RECENCY_WEIGHT = 0.1f;
    public static final int DEFAULT_RECENCY_SCALE_DAYS = 365;
    public static final int DEFAULT_ALL_WORDS_UP_TO = 3;
    public static final float DEFAULT_MINIMUM_SHOULD_MATCH = 0.15f;

    public IndexSettings {
        Map<String, Float> merged = new LinkedHashMap<>(DEFAULT_BOOSTS);
        if (boosts != null) {
            merged.putAll(boosts);
        }
        boosts = Map.copyOf(merged);
        recency = recency == null || recency;
        recencyWeight = recencyWeight == null ? DEFAULT_RECENCY_WEIGHT : recencyWeight;
        recencyScaleDays = recencyScaleDays == null ? DEFAULT_RECENCY_SCALE_DAYS : recencyScaleDays;
        allWordsUpTo = allWordsUpTo == null ? DEFAULT_ALL_WORDS_UP_TO : allWordsUpTo;
        minimumShouldMatch = minimumShouldMatch == null ? DEFAULT_MINIMUM_SHOULD_MATCH : minimumShouldMatch;
        backend = backend == null ? LUCENE : backend;
    }

    public static IndexSettings defaults() {
        return new IndexSettings(null, null, null, null, null, null, null);
    }

    public float boost(String field) {
        return boosts.getOrDefault(field, 1.0f);
    }
}
