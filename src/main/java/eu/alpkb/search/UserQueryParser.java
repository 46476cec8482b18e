package eu.alpkb.search;

import eu.alpkb.config.IndexSettings;
import eu.alpkb.index.Analyzers;
import eu.alpkb.index.IndexFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.core.nodes.AndQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BooleanQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BoostQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FuzzyQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.GroupQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.ModifierQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.OrQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QuotedFieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.SlopQueryNode;
import org.apache.lucene.queryparser.flexible.standard.parser.StandardSyntaxParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Parses the user query syntax (words, "phrases", -exclusions, OR, prefix*, word~, field:value) with Lucene's
 * {@link StandardSyntaxParser} and turns the syntax tree into a Lucene query over the searchable fields. Plain words
 * are ranked in tiers: documents with all of them first, then those with some.
 */
public final class UserQueryParser {
    public static final int MAX_CLAUSES = 64;
    public static final int MIN_PREFIX = 2;
    /** Lifts documents that contain every word above those that contain only some, whatever their BM25 scores. */
    static final float ALL_WORDS_TIER = 10_000f;
    private static final float STEMMED_SHARE = 0.8f;
    private static final float TIE_BREAKER = 0.2f;

    /** Field filters the syntax accepts, resolved by the caller's {@link FilterResolver}. */
    public static final List<String> FILTER_FIELDS = List.of(IndexFields.TYPE, IndexFields.REGION,
            IndexFields.SECTOR, IndexFields.LANG);

    /** Turns {@code region:Piemonte} into a query on the filter's field; throws BadQueryException when unknown. */
    public interface FilterResolver {
        Query resolve(String dimension, String value);
    }

    /**
     * The parsed query.
     *
     * @param relevance the scoring part (recency may be applied to it)
     * @param tier      constant bonus for documents with all plain words, or null
     * @param filters   non-scoring clauses (field filters, exclusions)
     * @param words     the plain words, for spelling suggestions
     * @param matchAll  whether the query selects everything (empty or only exclusions/filters)
     */
    public record Parsed(Query relevance, Query tier, List<BooleanClauseSpec> filters, List<String> words,
                         boolean matchAll) {
    }

    /** A non-scoring clause. */
    public record BooleanClauseSpec(Query query, Occur occur) {
    }

    /** Turns a word or phrase that names a place or region into a query on the documents tagged with it. */
    public interface PlaceResolver {
        /** @return a query, or null when {@code text} names no place */
        Query resolve(String text);
    }

    /** Share of a text match that a place's documents get: they follow the ones that name the word itself. */
    static final float PLACE_BOOST = 0.3f;

    private final Analyzers analyzers;
    private final PlaceResolver places;
    private final Map<String, Float> textFields = new LinkedHashMap<>();
    private final Map<String, Float> titleFields = new LinkedHashMap<>();
    private final FilterResolver filters;

    public UserQueryParser(Analyzers analyzers, IndexSettings settings, FilterResolver filters, PlaceResolver places) {
        this.analyzers = analyzers;
        this.filters = filters;
        this.places = places;
        float title = settings.boost("title");
        float text = settings.boost("text");
        titleFields.put(IndexFields.TITLE, title);
        for (String lang : IndexFields.STEMMED_LANGUAGES) {
            titleFields.put(IndexFields.stemmed(IndexFields.TITLE, lang), title * STEMMED_SHARE);
        }
        textFields.putAll(titleFields);
        textFields.put(IndexFields.SUMMARY, settings.boost("summary"));
        textFields.put(IndexFields.TEXT, text);
        for (String lang : IndexFields.STEMMED_LANGUAGES) {
            textFields.put(IndexFields.stemmed(IndexFields.TEXT, lang), text * STEMMED_SHARE);
        }
        textFields.put(IndexFields.ORGS_TEXT, settings.boost("orgs"));
        textFields.put(IndexFields.PROJECTS_TEXT, settings.boost("projects"));
    }

    /**
     * @throws BadQueryException for broken syntax or unsupported constructs, with a message for the user
     */
    public Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(new MatchAllDocsQuery(), null, List.of(), List.of(), true);
        }
        QueryNode root;
        try {
            // A slash starts a regular expression in the syntax; people type it in "Bolzano/Bozen", so keep it text.
            root = new StandardSyntaxParser().parse(text.replace("/", "\\/"), "");
        } catch (QueryNodeParseException e) {
            throw new BadQueryException("cannot parse the query: " + describe(e)
                    + ". Quote phrases with \"...\", balance parentheses, or put a backslash before special"
                    + " characters");
        } catch (RuntimeException | Error e) {
            throw new BadQueryException("cannot parse the query; check quotes and parentheses");
        }
        Builder b = new Builder();
        List<QueryNode> top = root instanceof BooleanQueryNode && !(root instanceof OrQueryNode)
                && !(root instanceof AndQueryNode) ? root.getChildren() : List.of(root);
        List<Query> should = new ArrayList<>();
        List<Query> must = new ArrayList<>();
        List<BooleanClauseSpec> filterClauses = new ArrayList<>();
        for (QueryNode node : top) {
            Occur occur = Occur.SHOULD;
            QueryNode inner = node;
            if (node instanceof ModifierQueryNode m) {
                inner = m.getChild();
                occur = switch (m.getModifier()) {
                    case MOD_NOT -> Occur.MUST_NOT;
                    case MOD_REQ -> Occur.MUST;
                    default -> Occur.SHOULD;
                };
            }
            if (isFilter(inner)) {
                Query f = b.build(inner);
                filterClauses.add(new BooleanClauseSpec(f, occur == Occur.MUST_NOT ? Occur.MUST_NOT : Occur.FILTER));
                continue;
            }
            Query q = b.build(inner);
            if (q == null) {
                continue;
            }
            switch (occur) {
                case MUST_NOT -> filterClauses.add(new BooleanClauseSpec(q, Occur.MUST_NOT));
                case MUST -> must.add(q);
                default -> should.add(q);
            }
        }
        if (b.clauses > MAX_CLAUSES) {
            throw new BadQueryException("the query has too many terms (" + b.clauses + "); at most " + MAX_CLAUSES
                    + " are allowed");
        }
        if (should.isEmpty() && must.isEmpty()) {
            return new Parsed(new MatchAllDocsQuery(), null, filterClauses, b.words, true);
        }
        BooleanQuery.Builder relevance = new BooleanQuery.Builder();
        must.forEach(q -> relevance.add(q, Occur.MUST));
        should.forEach(q -> relevance.add(q, Occur.SHOULD));
        Query tier = null;
        if (should.size() > 1) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            should.forEach(q -> all.add(q, Occur.MUST));
            tier = new BoostQuery(new ConstantScoreQuery(all.build()), ALL_WORDS_TIER);
        }
        return new Parsed(relevance.build(), tier, filterClauses, b.words, false);
    }

    private static boolean isFilter(QueryNode node) {
        return node instanceof FieldQueryNode f && !(node instanceof QuotedFieldQueryNode)
                && FILTER_FIELDS.contains(f.getFieldAsString().toLowerCase(Locale.ROOT));
    }

    /** Says where the syntax broke without echoing what was typed (it may be markup). */
    private static String describe(QueryNodeParseException e) {
        int column = e.getBeginColumn();
        return column > 0 ? "syntax error near character " + column : "syntax error";
    }

    /** Walks the syntax tree once; counts clauses to bound the cost of what users type. */
    private final class Builder {
        int clauses;
        final List<String> words = new ArrayList<>();

        Query build(QueryNode node) {
            if (++clauses > MAX_CLAUSES) {
                return null;
            }
            if (node instanceof GroupQueryNode g) {
                return build(g.getChild());
            }
            if (node instanceof BoostQueryNode bq) {
                Query inner = build(bq.getChild());
                float boost = Math.max(0.01f, Math.min(100f, bq.getValue()));
                return inner == null ? null : new BoostQuery(inner, boost);
            }
            if (node instanceof SlopQueryNode s && s.getChild() instanceof QuotedFieldQueryNode q) {
                return phrase(fieldsFor(q), q.getTextAsString(), Math.min(10, s.getValue()));
            }
            if (node instanceof ModifierQueryNode m) {
                Query inner = build(m.getChild());
                if (inner == null) {
                    return null;
                }
                return switch (m.getModifier()) {
                    case MOD_NOT -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                            .add(inner, Occur.MUST_NOT).build();
                    default -> inner;
                };
            }
            if (node instanceof OrQueryNode || node instanceof AndQueryNode || node instanceof BooleanQueryNode) {
                Occur occur = node instanceof AndQueryNode ? Occur.MUST : Occur.SHOULD;
                BooleanQuery.Builder bq = new BooleanQuery.Builder();
                boolean any = false;
                for (QueryNode child : node.getChildren()) {
                    Occur childOccur = occur;
                    QueryNode inner = child;
                    if (child instanceof ModifierQueryNode m && m.getModifier() == ModifierQueryNode.Modifier.MOD_NOT) {
                        childOccur = Occur.MUST_NOT;
                        inner = m.getChild();
                    }
                    Query q = isFilter(inner) ? filter((FieldQueryNode) inner) : build(inner);
                    if (q != null) {
                        bq.add(q, childOccur);
                        any = any || childOccur != Occur.MUST_NOT;
                    }
                }
                if (!any) {
                    bq.add(new MatchAllDocsQuery(), Occur.MUST);
                }
                return bq.build();
            }
            if (node instanceof QuotedFieldQueryNode q) {
                return phrase(fieldsFor(q), q.getTextAsString(), 0);
            }
            if (node instanceof FuzzyQueryNode f) {
                String word = f.getTextAsString();
                int edits = Math.max(1, Math.min(FuzzyQuery.defaultMaxEdits, Math.round(f.getSimilarity())));
                return fuzzy(fieldsFor(f), word, edits);
            }
            if (node instanceof FieldQueryNode f) {
                if (isFilter(f)) {
                    return filter(f);
                }
                return word(fieldsFor(f), f.getTextAsString());
            }
            String kind = node.getClass().getSimpleName().replace("QueryNode", "").toLowerCase(Locale.ROOT);
            throw new BadQueryException("the query uses a construct that is not supported here (" + kind
                    + "); use words, \"phrases\", -word, OR, word* or field:value");
        }

        private Map<String, Float> fieldsFor(FieldQueryNode node) {
            String field = node.getFieldAsString();
            if (field == null || field.isEmpty()) {
                return textFields;
            }
            if (field.equalsIgnoreCase("title")) {
                return titleFields;
            }
            // An unknown "field:" is more likely punctuation in what people typed than a field; search it as text.
            words.add(field);
            return textFields;
        }

        private Query filter(FieldQueryNode f) {
            String value = f.getTextAsString();
            if (value.isBlank()) {
                throw new BadQueryException(f.getFieldAsString() + ": needs a value");
            }
            return filters.resolve(f.getFieldAsString().toLowerCase(Locale.ROOT), value);
        }

        private Query word(Map<String, Float> fields, String text) {
            if (text.equals("*")) {
                throw new BadQueryException("a lone * matches nothing useful; leave the query empty to browse"
                        + " everything");
            }
            int star = text.indexOf('*');
            int question = text.indexOf('?');
            if (question >= 0 || (star >= 0 && star != text.length() - 1)) {
                throw new BadQueryException("only a trailing * is supported as a wildcard (e.g. cluster*)");
            }
            if (star == text.length() - 1) {
                return prefix(fields, text.substring(0, star));
            }
            words.add(text);
            return analysed(fields, text, 0);
        }

        private Query phrase(Map<String, Float> fields, String text, int slop) {
            if (text.isBlank()) {
                return null;
            }
            return analysed(fields, text, slop);
        }

        private Query analysed(Map<String, Float> fields, String text, int slop) {
            List<Query> perField = new ArrayList<>();
            QueryBuilder qb = new QueryBuilder(analyzers.query());
            for (Map.Entry<String, Float> f : fields.entrySet()) {
                Query q = qb.createPhraseQuery(f.getKey(), text, slop);
                if (q != null) {
                    perField.add(new BoostQuery(q, f.getValue()));
                }
            }
            Query place = fields == textFields ? places.resolve(text) : null;
            if (place != null && !perField.isEmpty()) {
                // "Venice" also finds what is tagged with the Veneto because the text says "Venezia"
                perField.add(new BoostQuery(new ConstantScoreQuery(place), PLACE_BOOST));
            }
            return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
        }

        private Query prefix(Map<String, Float> fields, String prefix) {
            if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX) {
                throw new BadQueryException("a prefix needs at least " + MIN_PREFIX + " characters before *");
            }
            List<Query> perField = new ArrayList<>();
            for (Map.Entry<String, Float> f : fields.entrySet()) {
                if (isStemmed(f.getKey())) {
                    continue;
                }
                BytesRef norm = analyzers.query().normalize(f.getKey(), prefix);
                perField.add(new BoostQuery(new PrefixQuery(new Term(f.getKey(), norm)), f.getValue()));
            }
            return new DisjunctionMaxQuery(perField, TIE_BREAKER);
        }

        private Query fuzzy(Map<String, Float> fields, String word, int edits) {
            List<Query> perField = new ArrayList<>();
            for (Map.Entry<String, Float> f : fields.entrySet()) {
                if (isStemmed(f.getKey())) {
                    continue;
                }
                BytesRef norm = analyzers.query().normalize(f.getKey(), word);
                perField.add(new BoostQuery(new FuzzyQuery(new Term(f.getKey(), norm), edits, 1, 50, true),
                        f.getValue()));
            }
            words.add(word);
            return new DisjunctionMaxQuery(perField, TIE_BREAKER);
        }
    }

    /**
     * The typo-tolerant form of plain words: each may differ by one or two edits, tiered like the exact query.
     *
     * @return null when there is nothing to relax
     */
    public Query fuzzyFallback(List<String> words) {
        Builder b = new Builder();
        List<Query> parts = new ArrayList<>();
        for (String w : words) {
            if (w.length() >= 4 && w.chars().allMatch(Character::isLetterOrDigit)) {
                parts.add(b.fuzzy(textFields, w, w.length() >= 8 ? 2 : 1));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        parts.forEach(p -> q.add(p, Occur.SHOULD));
        return q.build();
    }

    private static boolean isStemmed(String field) {
        return field.contains("_");
    }

    /** @return a term query on a keyword field; used for {@code type:} and {@code lang:} */
    static Query keyword(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

}
