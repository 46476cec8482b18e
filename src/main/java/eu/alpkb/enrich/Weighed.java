package eu.alpkb.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a text names, split by weight into what it is about and what it only mentions, each with the words that named
 * it, heaviest first: the rule places and organisations share. A name is about the text when its role says so
 * ({@code strong}) or when it weighs enough, in absolute terms and next to the heaviest.
 *
 * @param about    what the text is about, to the words that named it
 * @param mentions what it only mentions, likewise
 */
record Weighed(Map<String, List<String>> about, Map<String, List<String>> mentions) {
    static Weighed split(Map<String, Double> weight, Map<String, Set<String>> evidence, Set<String> strong,
                         double minAbout, double minShare) {
        double max = weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
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
}
