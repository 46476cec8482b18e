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
 */
public record IndexSettings(Map<String, Float> boosts, Boolean recency, Float recencyWeight, Integer recencyScaleDays) {
    public static final Map<String, Float> DEFAULT_BOOSTS = Map.of(
            "title", 3.0f, "summary", 1.5f, "text", 1.0f, "orgs", 2.0f, "projects", 2.0f);
    public static final float DEFAULT_RECENCY_WEIGHT = 0.1f;
    public static final int DEFAULT_RECENCY_SCALE_DAYS = 365;

    public IndexSettings {
        Map<String, Float> merged = new LinkedHashMap<>(DEFAULT_BOOSTS);
        if (boosts != null) {
            merged.putAll(boosts);
        }
        boosts = Map.copyOf(merged);
        recency = recency == null || recency;
        recencyWeight = recencyWeight == null ? DEFAULT_RECENCY_WEIGHT : recencyWeight;
        recencyScaleDays = recencyScaleDays == null ? DEFAULT_RECENCY_SCALE_DAYS : recencyScaleDays;
    }

    public static IndexSettings defaults() {
        return new IndexSettings(null, null, null, null);
    }

    public float boost(String field) {
        return boosts.getOrDefault(field, 1.0f);
    }
}
