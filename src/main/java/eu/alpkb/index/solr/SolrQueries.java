package eu.alpkb.index.solr;

import eu.alpkb.index.MostWordsQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Writes a query built by alpkb's parser (the same one the embedded index runs) in Solr's standard syntax, term by
 * term, so that Solr matches exactly the documents the embedded index would. Terms arrive analysed: each goes to Solr
 * through a parameter ({@code {!term f=title v=$q3}}) and is never analysed again; phrases are written with a
 * placeholder where a stop word was removed, which the schema's query analyzers turn back into a gap.
 */
final class SolrQueries {
    /** Between the values of a term set: a character no analysed term holds. */
    static final String TERMS_SEPARATOR = "\u0001";
    private final ModifiableSolrParams params;
    private final String prefix;
    private final Function<List<Query>, int[]> counter;
    /** Asked only for a query whose form depends on it, so other searches cost no extra request. */
    private final java.util.function.LongSupplier numDocs;
    private final int maxClauses;
    private int next;

    /**
     * @param params  where the values of the written query go
     * @param prefix  names the parameters, so that several queries can share one request
     * @param counter documents each query matches, for the parts of a query that depend on it
     */
    SolrQueries(ModifiableSolrParams params, String prefix, Function<List<Query>, int[]> counter,
                java.util.function.LongSupplier numDocs,
                int maxClauses) {
        this.params = params;
        this.prefix = prefix;
        this.counter = counter;
        this.numDocs = numDocs;
        this.maxClauses = maxClauses;
    }

    /** @return {@code query} in Solr's standard syntax, its values set as parameters */
    String write(Query query) {
        if (query instanceof MostWordsQuery m) {
            return write(m.settle(counter, numDocs.getAsLong(), maxClauses));
        }
        if (query instanceof BooleanQuery b) {
            return bool(b);
        }
        if (query instanceof TermQuery t) {
            return local("term", t.getTerm().field(), t.getTerm().text());
        }
        if (query instanceof BoostQuery b) {
            return "(" + write(b.getQuery()) + ")^" + number(b.getBoost());
        }
        if (query instanceof ConstantScoreQuery c) {
            return "(" + write(c.getQuery()) + ")^=1";
        }
        if (query instanceof DisjunctionMaxQuery d) {
            StringBuilder sb = new StringBuilder();
            for (Query q : d.getDisjuncts()) {
                sb.append(sb.isEmpty() ? "" : " ").append('(').append(write(q)).append(')');
            }
            String name = param(sb.toString());
            return "{!maxscore tie=" + number(d.getTieBreakerMultiplier()) + " v=$" + name + "}";
        }
        if (query instanceof PhraseQuery p) {
            return phrase(p.getField(), p.getTerms(), p.getPositions(), p.getSlop());
        }
        if (query instanceof MultiPhraseQuery p) {
            // each position's first word: the alternatives of a synonym inside a phrase are not written
            Term[] firsts = new Term[p.getTermArrays().length];
            for (int i = 0; i < firsts.length; i++) {
                firsts[i] = p.getTermArrays()[i][0];
            }
            return phrase(firsts.length == 0 ? "" : firsts[0].field(), firsts, p.getPositions(), p.getSlop());
        }
        if (query instanceof SynonymQuery s) {
            // the schema's query analyzers put "a|b|c" at one position, which Solr makes a synonym query of
            List<String> words = s.getTerms().stream().map(Term::text).toList();
            return local("field", s.getTerms().get(0).field(), String.join(Configset.SAME_POSITION, words));
        }
        if (query instanceof TermInSetQuery t) {
            List<String> terms = new ArrayList<>();
            try {
                BytesRefIterator it = t.getBytesRefIterator();
                for (BytesRef b = it.next(); b != null; b = it.next()) {
                    terms.add(b.utf8ToString());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String field = t.getField();
            return "{!terms f=" + field + " separator=$" + param(TERMS_SEPARATOR) + " v=$"
                    + param(String.join(TERMS_SEPARATOR, terms)) + "}";
        }
        if (query instanceof PrefixQuery p) {
            return local("prefix", p.getPrefix().field(), p.getPrefix().text());
        }
        if (query instanceof FuzzyQuery f) {
            return f.getTerm().field() + ":" + ClientUtils.escapeQueryChars(f.getTerm().text()) + "~"
                    + f.getMaxEdits();
        }
        if (query instanceof MatchAllDocsQuery) {
            return "*:*";
        }
        if (query instanceof MatchNoDocsQuery) {
            return "(-*:*)";
        }
        if (query instanceof PointRangeQuery r && r.getNumDims() == 1 && r.getBytesPerDim() == Long.BYTES) {
            long lo = LongPoint.decodeDimension(r.getLowerPoint(), 0);
            long hi = LongPoint.decodeDimension(r.getUpperPoint(), 0);
            return r.getField() + ":[" + lo + " TO " + hi + "]";
        }
        throw new IllegalArgumentException("no Solr form for " + query.getClass().getSimpleName());
    }

    private String bool(BooleanQuery b) {
        if (b.clauses().isEmpty()) {
            return "(-*:*)";
        }
        StringBuilder sb = new StringBuilder("(");
        List<String> should = new ArrayList<>();
        for (BooleanClause c : b.clauses()) {
            String q = write(c.getQuery());
            switch (c.getOccur()) {
                case MUST -> sb.append(" +(").append(q).append(')');
                case FILTER -> sb.append(" +filter(").append(q).append(')');
                case MUST_NOT -> sb.append(" -(").append(q).append(')');
                case SHOULD -> {
                    sb.append(" (").append(q).append(')');
                    should.add(q);
                }
            }
        }
        int mm = b.getMinimumNumberShouldMatch();
        if (mm > 0) {
            // Solr's syntax has no minimum for a clause list; a filter counts the matching ones, which leaves the
            // score as Lucene's, the sum of the matching clauses
            StringBuilder count = new StringBuilder();
            for (String q : should) {
                count.append(count.isEmpty() ? "" : ",").append("if(exists(query($").append(param(q)).append(")),1,0)");
            }
            String fn = should.size() == 1 ? count.toString() : "sum(" + count + ")";
            sb.append(" +filter({!frange l=").append(mm).append(" v=$").append(param(fn)).append("})");
        }
        return sb.append(" )").toString();
    }

    private String phrase(String field, Term[] terms, int[] positions, int slop) {
        StringBuilder words = new StringBuilder();
        int at = positions.length == 0 ? 0 : positions[0];
        for (int i = 0; i < terms.length; i++) {
            for (; at < positions[i]; at++) {
                words.append(Configset.GAP).append(' ');
            }
            words.append(terms[i].text().replace("\\", "\\\\").replace("\"", "\\\"")).append(' ');
            at = positions[i] + 1;
        }
        return field + ":\"" + words.toString().strip() + "\"" + (slop > 0 ? "~" + slop : "");
    }

    private String local(String parser, String field, String value) {
        return "{!" + parser + " f=" + field + " v=$" + param(value) + "}";
    }

    private String param(String value) {
        String name = prefix + (next++);
        params.set(name, value);
        return name;
    }

    private static String number(float f) {
        return String.format(Locale.ROOT, "%s", f);
    }
}
