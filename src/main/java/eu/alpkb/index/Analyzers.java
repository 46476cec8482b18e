package eu.alpkb.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chains: a folded chain shared by all languages (case and accents removed, so "Rhone" finds "Rhône"),
 * and one stemmed chain per language ("clusters" finds "cluster", "Kunststoffe" finds "Kunststoff").
 */
public final class Analyzers {
    private static final CharArraySet ELISIONS = new CharArraySet(java.util.List.of("l", "m", "t", "qu", "n", "s",
            "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu", "dell", "dall", "nell", "sull", "all", "un", "dell",
            "quell"), true);

    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;

    /** @param synonyms query-time synonyms for the folded fields, or null */
    public Analyzers(SynonymMap synonyms) {
        Analyzer folded = folded(null);
        Map<String, Analyzer> perField = new HashMap<>();
        Map<String, Analyzer> perFieldQuery = new HashMap<>();
        for (String lang : IndexFields.STEMMED_LANGUAGES) {
            Analyzer stemmed = stemmed(lang);
            for (String f : new String[] {IndexFields.TITLE, IndexFields.TEXT}) {
                perField.put(IndexFields.stemmed(f, lang), stemmed);
                perFieldQuery.put(IndexFields.stemmed(f, lang), stemmed);
            }
        }
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(folded, perField);
        this.queryAnalyzer = new PerFieldAnalyzerWrapper(synonyms == null ? folded : folded(synonyms), perFieldQuery);
    }

    /** @return the elided articles ("l'", "dell'") removed before a word, for engines configured from files */
    public static java.util.Set<String> elisions() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        ELISIONS.forEach(o -> out.add(new String((char[]) o)));
        return out;
    }

    /** @return the analyzer documents are indexed with */
    public Analyzer index() {
        return indexAnalyzer;
    }

    /** @return the analyzer user queries are analysed with (adds synonyms) */
    public Analyzer query() {
        return queryAnalyzer;
    }

    /** @return the folded chain without synonyms, for fields that hold names */
    public Analyzer folded() {
        return folded(null);
    }

    static Analyzer folded(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ElisionFilter(source, ELISIONS);
                ts = new LowerCaseFilter(ts);
                ts = new ASCIIFoldingFilter(ts);
                if (synonyms != null) {
                    ts = new SynonymGraphFilter(ts, synonyms, true);
                }
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * The British spelling of "-ise" words ("specialisation", "organised", "internationalising"), which the English
     * stemmer leaves apart from the American "-ize" ("specialization" stems to "special", "specialisation" to
     * "specialis"): written with a z before stemming, a search in either spelling finds texts in both. The Solr
     * configset's English field does the same ({@code schema.xml}).
     */
    public static final java.util.regex.Pattern BRITISH_S = java.util.regex.Pattern.compile(
            "^([a-z]{3,})is(ation|ations|e|ed|es|ing|er|ers)$");
    /** What {@link #BRITISH_S} becomes. */
    public static final String AMERICAN_Z = "$1iz$2";

    static Analyzer stemmed(String lang) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = source;
                switch (lang) {
                    case "en" -> {
                        ts = new EnglishPossessiveFilter(ts);
                        ts = new LowerCaseFilter(ts);
                        ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                        ts = new ASCIIFoldingFilter(ts);
                        ts = new PatternReplaceFilter(ts, BRITISH_S, AMERICAN_Z, false);
                        ts = new org.apache.lucene.analysis.en.PorterStemFilter(ts);
                    }
                    case "it" -> {
                        ts = new ElisionFilter(ts, ELISIONS);
                        ts = new LowerCaseFilter(ts);
                        ts = new StopFilter(ts, ItalianAnalyzer.getDefaultStopSet());
                        ts = new ASCIIFoldingFilter(ts);
                        ts = new ItalianLightStemFilter(ts);
                    }
                    case "fr" -> {
                        ts = new ElisionFilter(ts, ELISIONS);
                        ts = new LowerCaseFilter(ts);
                        ts = new StopFilter(ts, FrenchAnalyzer.getDefaultStopSet());
                        ts = new ASCIIFoldingFilter(ts);
                        ts = new FrenchLightStemFilter(ts);
                    }
                    case "de" -> {
                        ts = new LowerCaseFilter(ts);
                        ts = new StopFilter(ts, GermanAnalyzer.getDefaultStopSet());
                        ts = new GermanNormalizationFilter(ts);
                        ts = new GermanLightStemFilter(ts);
                    }
                    default -> throw new IllegalArgumentException("no stemmer for " + lang);
                }
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
