package eu.alpkb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Marks the words of a query in the hits of one page: the title whole, the text in sentences, from the hits' fields
 * already read. Term-based: weight matches would run the whole query again on every hit. Answers are as
 * {@link MarkingFormatter} made them, so snippets keep their offsets.
 *
 * <p>Lucene's highlighter looks every term of the query up again for each hit and reads its postings afresh, which on
 * an index of 100,000 documents was a quarter of the snippets' time (allocating the postings readers alone, 3 % of a
 * search). The hits come to each field in document order, so here each term is looked up once per segment and its
 * postings move forward from one hit to the next.
 */
final class PageHighlighter extends UnifiedHighlighter {
    /** Characters of a field the highlighter looks through for passages. */
    static final int MAX_HIGHLIGHTED = 100_000;

    private final IndexSearcher searcher;
    private final Map<Integer, Document> loaded;

    /**
     * @param loaded the hits' stored fields by document, read once for the hits and their snippets
     * @param strictPhrases whether a phrase is marked only where its words stand together
     */
    PageHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> loaded, boolean strictPhrases) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new MarkingFormatter())
                .withHighlightPhrasesStrictly(strictPhrases).withScorer(new LeanPassageScorer())
                .withMaxLength(MAX_HIGHLIGHTED).withHandleMultiTermQuery(true).withWeightMatches(false));
        this.searcher = searcher;
        this.loaded = loaded;
    }

    /** @return per field, the marked value of each document in {@code docs}' order (null where nothing matched) */
    Map<String, Object[]> mark(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docs, passages);
    }

    @Override
    protected java.text.BreakIterator getBreakIterator(String field) {
        return field.equals(IndexFields.TITLE) ? new WholeBreakIterator() : new SentenceBreaks();
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document d = loaded.get(doc);
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String v = d == null ? null : d.get(fields[f]);
                values[f] = v == null ? null : v.length() > MAX_HIGHLIGHTED ? v.substring(0, MAX_HIGHLIGHTED) : v;
            }
            out.add(values);
        }
        return out;
    }

    /**
     * A field's options are the same in every segment (one schema writes them all); Lucene's default merges the field
     * infos of every segment on each call, twice per page.
     */
    @Override
    protected FieldInfo getFieldInfo(String field) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null) {
                return info;
            }
        }
        return null;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        return source == OffsetSource.POSTINGS ? new ForwardPostings(components)
                : super.getOffsetStrategy(source, components);
    }

    /**
     * Offsets from the postings, each term's postings kept per segment and moved forward from hit to hit. Should a hit
     * come before one already marked (which the highlighter's document order rules out), the segment's terms are
     * looked up afresh.
     */
    private static final class ForwardPostings extends PostingsOffsetStrategy {
        private final Map<Terms, Segment> segments = new IdentityHashMap<>();

        ForwardPostings(UHComponents components) {
            super(components);
        }

        /** One segment's postings of each term, looked up at the first hit in it (null: the segment lacks the term). */
        private static final class Segment {
            final PostingsEnum[] postings;
            int lastDoc = -1;

            Segment(Terms terms, BytesRef[] words) throws IOException {
                postings = new PostingsEnum[words.length];
                TermsEnum e = terms.iterator();
                for (int t = 0; t < words.length; t++) {
                    postings[t] = e.seekExact(words[t]) ? e.postings(null, PostingsEnum.OFFSETS) : null;
                }
            }
        }

        @Override
        protected void createOffsetsEnumsForTerms(BytesRef[] terms, Terms segment, int doc, List<OffsetsEnum> results)
                throws IOException {
            Segment s = segments.get(segment);
            if (s == null || doc <= s.lastDoc) {
                s = new Segment(segment, terms);
                segments.put(segment, s);
            }
            s.lastDoc = doc;
            for (int t = 0; t < terms.length; t++) {
                PostingsEnum p = s.postings[t];
                if (p != null && (p.docID() < doc ? p.advance(doc) : p.docID()) == doc) {
                    results.add(new OffsetsEnum.OfPostings(terms[t], p));
                }
            }
        }
    }
}
