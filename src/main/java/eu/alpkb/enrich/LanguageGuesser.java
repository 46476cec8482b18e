package eu.alpkb.enrich;

import java.util.Set;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Decides a document's language from its text, trusting a declaration only when the text does not clearly say
 * otherwise: site templates often declare one language for pages written in another.
 */
public final class LanguageGuesser {
    /** Languages of the Alpine Space partners; restricting the model keeps short texts from odd guesses. */
    public static final Set<String> LANGUAGES = Set.of("en", "it", "fr", "de", "sl");
    private static final int MIN_CHARS_TO_OVERRULE = 120;
    private static final int SAMPLE_CHARS = 1000;

    /**
     * Idle detectors. A detector keeps per-call state, so each call borrows one; one shared detector behind a lock
     * made language detection, a quarter of enrichment, run on one thread at a time.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<OptimaizeLangDetector> idle =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    public LanguageGuesser() {
        idle.add(newDetector()); // fails here, not on the first document, when the models are missing
    }

    private static OptimaizeLangDetector newDetector() {
        OptimaizeLangDetector d = new OptimaizeLangDetector();
        try {
            d.loadModels(LANGUAGES);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("language models missing from the classpath", e);
        }
        return d;
    }

    /**
     * @param declared language the document declares, or null
     * @return a two-letter code, or "und" when neither declaration nor text tells
     */
    public String guess(String title, String text, String declared) {
        String sample = (title + "\n" + text);
        if (sample.length() > SAMPLE_CHARS) {
            sample = sample.substring(0, SAMPLE_CHARS);
        }
        OptimaizeLangDetector detector = idle.poll();
        if (detector == null) {
            detector = newDetector();
        }
        LanguageResult result;
        try {
            result = detector.detect(sample);
        } finally {
            idle.offer(detector);
        }
        boolean confident = !result.isUnknown() && (result.isReasonablyCertain() || result.getRawScore() > 0.9f);
        if (declared != null && LANGUAGES.contains(declared)) {
            if (confident && !result.getLanguage().equals(declared) && sample.length() >= MIN_CHARS_TO_OVERRULE) {
                return result.getLanguage();
            }
            return declared;
        }
        if (!result.isUnknown() && LANGUAGES.contains(result.getLanguage())) {
            return result.getLanguage();
        }
        return declared != null && declared.matches("[a-z]{2}") ? declared : "und";
    }
}
