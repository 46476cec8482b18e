package eu.alpkb.enrich;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a text names, split by weight into what it is about and what it only mentions, each with the words that named
 * it, heaviest first: the rule places and organisations share. Each occurrence weighs by where it stands (title, lead,
 * rest; nothing when it is only in passing); a name is about the text when its role says so or when it weighs enough,
 * in absolute terms and next to the heaviest.
 *
 * @param about    what the text is about, to the words that named it
 * @param mentions what it only mentions, likewise
 */
record Weighed(Map<String, List<String>> about, Map<String, List<String>> mentions) {
    /** An occurrence in the title counts as much as several in the text: titles name what a page is about. */
    static final double TITLE_WEIGHT = 3;
    static final double LEAD_WEIGHT = 2;
    static final double BODY_WEIGHT = 1;
    /** The lead: where news and records say who, where and when. */
    static final int LEAD_CHARS = 400;

    /** The weights and words of the names of one text, gathered occurrence by occurrence in the text's order. */
    static final class Tally {
        private final int maxEvidence;
        private final Map<String, Double> weight = new LinkedHashMap<>();
        private final Map<String, Set<String>> evidence = new LinkedHashMap<>();

        /** @param maxEvidence how many different words to keep per name */
        Tally(int maxEvidence) {
            this.maxEvidence = maxEvidence;
        }

        /**
         * @param passing whether the occurrence is only in passing (a list, an aside), where it weighs nothing
         * @param start   where it stands in the text
         */
        void add(String key, String surface, boolean passing, boolean title, int start) {
            Set<String> words = evidence.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (words.size() < maxEvidence) {
                words.add(surface);
            }
            double w = passing ? 0 : title ? TITLE_WEIGHT : start < LEAD_CHARS ? LEAD_WEIGHT : BODY_WEIGHT;
            weight.merge(key, w, Double::sum);
        }

        /** @return whether any name weighs enough to be about the text by weight alone */
        boolean anyHeavy(double minAbout, double minShare) {
            double max = max();
            return weight.values().stream().anyMatch(w -> w >= minAbout && w >= minShare * max);
        }

        /** @param strong the names whose role makes them about the text, whatever they weigh */
        Weighed split(Set<String> strong, double minAbout, double minShare) {
            double max = max();
            Map<String, List<String>> about = new LinkedHashMap<>();
            Map<String, List<String>> mentions = new LinkedHashMap<>();
            weight.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e -> {
                List<String> words = List.copyOf(evidence.get(e.getKey()));
                if (strong.contains(e.getKey()) || e.getValue() >= minAbout && e.getValue() >= minShare * max) {
                    about.put(e.getKey(), words);
                } else {
                    mentions.put(e.getKey(), words);
                }
            });
            return new Weighed(about, mentions);
        }

        private double max() {
            return weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }
}
