package eu.alpkb.index;

import eu.alpkb.config.Text;
import eu.alpkb.enrich.ContentTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;

/**
 * What some query words say beyond their letters: stop and question words of the five languages (they rank but do not
 * decide what matches) and words that name a type of item in any language ("intervista", "Veranstaltung").
 */
final class QueryWords {
    /**
     * Question words and the commonest function words the stemmers' own lists lack (Slovenian has none in Lucene).
     * Folded, as the query is.
     */
    private static final List<String> EXTRA_STOP = List.of(
            // en
            "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "does", "do", "did", "can",
            "could", "should", "would", "about", "tell", "me", "find", "show", "any", "all", "some", "there",
            // it
            "cosa", "cos", "che", "chi", "quale", "quali", "quando", "dove", "perche", "come", "quanto", "quanti", "sono",
            "e", "il", "lo", "la", "gli", "le", "di", "da", "del", "della", "dei", "delle", "per", "con", "su", "un",
            "una", "uno", "nel", "nella", "alla", "al",
            // de
            "was", "wer", "wie", "wo", "wann", "warum", "welche", "welcher", "welches", "gibt", "es", "der", "die",
            "das", "und", "mit", "fur", "von", "im", "in", "zu", "zum", "zur", "ein", "eine",
            // fr
            "quoi", "qu", "ce", "qui", "que", "quel", "quelle", "quels", "quelles", "ou", "quand", "pourquoi", "comment",
            "combien", "est", "le", "les", "des", "du", "de", "et", "en", "au", "aux", "pour", "avec", "sur", "une",
            // sl
            "kaj", "kdo", "kje", "kdaj", "zakaj", "kako", "kateri", "katera", "katero", "ali", "je", "so", "in",
            "na", "za", "v", "z", "s", "iz", "pri", "po", "do", "od", "ter", "tudi", "se", "da", "ki", "to");

    private static final CharArraySet STOP = stopSet();

    /** Words naming a type, folded; the labels of {@link ContentTypes} and their usual plurals and synonyms. */
    private static final Map<String, Set<String>> TYPE_WORDS = typeWords();

    private QueryWords() {
    }

    private static CharArraySet stopSet() {
        CharArraySet set = new CharArraySet(512, true);
        for (CharArraySet s : List.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, ItalianAnalyzer.getDefaultStopSet(),
                FrenchAnalyzer.getDefaultStopSet(), GermanAnalyzer.getDefaultStopSet())) {
            for (Object o : s) {
                set.add(Text.fold(new String((char[]) o)));
            }
        }
        EXTRA_STOP.forEach(w -> set.add(w));
        return set;
    }

    private static Map<String, Set<String>> typeWords() {
        Map<String, Set<String>> m = new HashMap<>();
        String interview = ContentTypes.INTERVIEW;
        String event = ContentTypes.EVENT;
        Set<String> reports = Set.of(ContentTypes.EVENT_REPORT, ContentTypes.CONFERENCE_REPORT);
        for (String w : List.of("interview", "interviews", "intervista", "interviste", "entretien", "entretiens",
                "intervju", "intervjuji", "intervjuja")) {
            m.put(w, Set.of(interview));
        }
        for (String w : List.of("event", "events", "evento", "eventi", "evenement", "evenements", "veranstaltung",
                "veranstaltungen", "dogodek", "dogodki")) {
            m.put(w, Set.of(event));
        }
        for (String w : List.of("report", "reports", "resoconto", "resoconti", "bericht", "berichte",
                "konferenzbericht", "porocilo", "porocila")) {
            m.put(w, reports);
        }
        for (String w : List.of("call", "calls", "bando", "bandi", "appel", "appels", "ausschreibung",
                "ausschreibungen", "razpis", "razpisi")) {
            m.put(w, Set.of(ContentTypes.CALL));
        }
        for (String w : List.of("publication", "publications", "pubblicazione", "pubblicazioni", "publikation",
                "publikationen", "publikacija", "publikacije")) {
            m.put(w, Set.of(ContentTypes.PUBLICATION));
        }
        for (String w : List.of("news", "notizie", "notizia", "actualites", "nachrichten", "novice")) {
            m.put(w, Set.of(ContentTypes.NEWS));
        }
        return Map.copyOf(m);
    }

    /** @return whether {@code word} is a stop or question word in one of the five languages */
    static boolean isStop(String word) {
        String folded = Text.fold(word);
        if (folded.isEmpty()) {
            return false;
        }
        // "cos'è", "qu'est-ce": every part of an elided question word is a stop word
        for (String part : folded.split(" ")) {
            if (!STOP.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** @return the types a word names ("Entretien" names interviews), or an empty set */
    static Set<String> types(String word) {
        return TYPE_WORDS.getOrDefault(Text.fold(word), Set.of());
    }
}
