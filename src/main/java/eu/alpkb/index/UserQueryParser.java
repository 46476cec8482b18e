package eu.alpkb.index;

import eu.alpkb.config.IndexSettings;
import eu.alpkb.search.BadQueryException;
import eu.alpkb.search.QueryNotice;
import eu.alpkb.search.QuerySyntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
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
 * Turns what was typed into a Lucene query over the searchable fields. The text is read leniently
 * ({@link QuerySyntax}: well-formed syntax is honoured, the rest is searched as words, nothing is an error) and the
 * words decide what matches: a short query matches documents with all its words (each through its stems, synonyms,
 * translations, and the region, sector or type it names), a longer one documents with most of them or with one of its
 * rare words ({@link MostWordsQuery}). Stop and question words only rank. When nothing matches that way,
 * {@link Parsed#relaxed()} finds documents with some of the words.
 */
public final class UserQueryParser {
    public static final int MAX_CLAUSES = 64;
    /**
     * Lifts the type a short query names ("interviews with ...") above other matches, whatever their BM25 scores.
     */
    static final float TYPE_TIER = 1_000f;
    /** Longest run of words looked up as one vocabulary name ("Alto Adige", "materie plastiche"). */
    private static final int MAX_NAME_WORDS = 4;
    private static final float STEMMED_SHARE = 1.0f;
    /** Weight of the folded title, as a share of the title's, in documents that also have a stemmed title. */
    static final float FOLDED_TITLE_SHARE = 0.5f;
    /** Documents in a language with a stemmed copy of title and text. */
    private static final Query STEMMED_LANGUAGE = new org.apache.lucene.search.TermInSetQuery(IndexFields.LANG,
            IndexFields.STEMMED_LANGUAGES.stream().map(BytesRef::new).toList());
    /** A word in at most this share of the documents is rare enough to match on its own in a longer query. */
    static final double RARE_WORD_SHARE = 0.01;
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
     * @param relevance the scoring part, which also decides what matches (recency may be applied to it)
     * @param relaxed   documents with some of the words, listed after those {@code relevance} finds when they are
     *                  fewer than a page ({@link #someWordsFollow}); or null
     * @param filters   non-scoring clauses (field filters, exclusions)
     * @param words     the plain words, for spelling suggestions and the typo-tolerant fallback
     * @param titleWords those of {@code words} typed only after {@code title:}, which the fallback looks for in titles
     * @param matchAll  whether the query selects everything (empty or only exclusions/filters)
     * @param notices   what was read differently from how it was typed, for the reader
     */
    public record Parsed(Query relevance, Query relaxed, List<BooleanClauseSpec> filters, List<String> words,
                         java.util.Set<String> titleWords, boolean matchAll, List<QueryNotice> notices,
                         boolean quoted) {
        /**
         * @param allWords how many documents {@link #relevance} finds
         * @param size     the page size asked for
         * @return whether the documents with only some of the words follow them: when they are fewer than a page
         */
        public boolean someWordsFollow(long allWords, int size) {
            return relaxed != null && allWords < size;
        }

        /** @return the documents with some of the words but not those {@link #relevance} finds; or null */
        public Query someWordsOnly() {
            return relaxed == null ? null : new BooleanQuery.Builder().add(relaxed, Occur.MUST)
                    .add(relevance, Occur.MUST_NOT).build();
        }
    }

    /** A non-scoring clause. */
    public record BooleanClauseSpec(Query query, Occur occur) {
    }

    /** Turns a word or phrase that names a place, region or sector into a query on the documents tagged with it. */
    public interface PlaceResolver {
        /** @return a query, or null when {@code text} names nothing in the vocabularies */
        Query resolve(String text);
    }

    /** Share of a text match that a tag's documents get: they follow the ones that name the word itself. */
    static final float PLACE_BOOST = 0.3f;

    private final Analyzers analyzers;
    private final PlaceResolver places;
    private final Map<String, Float> textFields = new LinkedHashMap<>();
    private final Map<String, Float> titleFields = new LinkedHashMap<>();
    private final FilterResolver filters;
    /** Up to this many words, a document must have them all; beyond, {@link #minShouldShare} of them. */
    private final int allWordsUpTo;
    /** Share of the words of a longer query a document must have; questions typed as sentences stay answerable. */
    private final float minShouldShare;

    public UserQueryParser(Analyzers analyzers, IndexSettings settings, FilterResolver filters, PlaceResolver places) {
        this.analyzers = analyzers;
        this.filters = filters;
        this.places = places;
        this.allWordsUpTo = settings.allWordsUpTo();
        this.minShouldShare = settings.minimumShouldMatch();
        float title = settings.boost("title");
        float text = settings.boost("text");
        titleFields.put(IndexFields.TITLE, title);
        for (String lang : IndexFields.STEMMED_LANGUAGES) {
            titleFields.put(IndexFields.stemmed(IndexFields.TITLE, lang), title * STEMMED_SHARE);
        }
        textFields.putAll(titleFields);
        putIfPositive(textFields, IndexFields.SUMMARY, settings.boost("summary"));
        textFields.put(IndexFields.TEXT, text);
        for (String lang : IndexFields.STEMMED_LANGUAGES) {
            textFields.put(IndexFields.stemmed(IndexFields.TEXT, lang), text * STEMMED_SHARE);
        }
        putIfPositive(textFields, IndexFields.ORGS_TEXT, settings.boost("orgs"));
        putIfPositive(textFields, IndexFields.PROJECTS_TEXT, settings.boost("projects"));
    }

    private static void putIfPositive(Map<String, Float> fields, String field, float boost) {
        if (boost > 0) {
            fields.put(field, boost);
        }
    }

    /** Parses any text; never throws for what was typed. */
    public Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(new MatchAllDocsQuery(), null, List.of(), List.of(), java.util.Set.of(), true,
                    List.of(), false);
        }
        QuerySyntax.Lexed lexed = QuerySyntax.read(text);
        // a phrase in quotes is marked in snippets only where its words stand together; the phrases the parser makes
        // of names are marked word by word, which spares the highlighter their positions (a seventh of a search)
        boolean quoted = lexed.groups().stream().flatMap(g -> g.alternatives().stream())
                .anyMatch(c -> c.kind() == QuerySyntax.Kind.PHRASE);
        Builder b = new Builder(new ArrayList<>(lexed.notices()));
        List<QuerySyntax.Group> groups = joinNames(lexed.groups());
        List<Query> must = new ArrayList<>();
        List<Query> should = new ArrayList<>();
        List<Query> stops = new ArrayList<>();
        List<BooleanClauseSpec> filterClauses = new ArrayList<>();
        for (QuerySyntax.Group g : groups) {
            if (b.clauses >= MAX_CLAUSES) {
                b.notices.add(new QueryNotice(QueryNotice.Kind.TOO_MANY_TERMS, Integer.toString(MAX_CLAUSES)));
                break;
            }
            if (g.alternatives().size() == 1 && g.alternatives().get(0).kind() == QuerySyntax.Kind.FIELD) {
                QuerySyntax.Clause c = g.alternatives().get(0);
                Query f = b.filter(c);
                if (f != null) {
                    filterClauses.add(new BooleanClauseSpec(f, g.mode() == QuerySyntax.Mode.MUST_NOT ? Occur.MUST_NOT
                            : Occur.FILTER));
                    continue;
                }
                g = new QuerySyntax.Group(List.of(new QuerySyntax.Clause(QuerySyntax.Kind.WORD, null, c.text(), 0,
                        1, c.mode())), g.mode());
            }
            Query q = b.group(g);
            if (q == null) {
                continue;
            }
            switch (g.mode()) {
                case MUST_NOT -> filterClauses.add(new BooleanClauseSpec(q, Occur.MUST_NOT));
                case MUST -> must.add(q);
                default -> {
                    if (isStopGroup(g)) {
                        stops.add(q);
                    } else {
                        should.add(q);
                    }
                }
            }
        }
        if (should.isEmpty() && must.isEmpty()) {
            // only stop words: then they are what was asked for
            should.addAll(stops);
            stops.clear();
        }
        List<QueryNotice> notices = List.copyOf(new java.util.LinkedHashSet<>(b.notices));
        if (should.isEmpty() && must.isEmpty()) {
            return new Parsed(new MatchAllDocsQuery(), null, filterClauses, b.words, b.titleWords(), true,
                    notices, quoted);
        }
        int n = should.size();
        Query strict;
        if (n <= allWordsUpTo) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            must.forEach(q -> all.add(q, Occur.MUST));
            should.forEach(q -> all.add(q, Occur.MUST));
            strict = all.build();
        } else {
            // At least two words together, so that a long question does not match every document with one of its
            // words; but a word few documents have may stand alone, as it weighs most in the ranking too (SciFact
            // Recall@100 0.880 -> 0.918, nDCG@10 +0.007; bundled and realpages unchanged).
            strict = new MostWordsQuery(must, should, Math.max(2, (int) Math.ceil(n * minShouldShare)),
                    RARE_WORD_SHARE);
        }
        // A type word lifts its type only in a short query ("interviews with cluster managers"); in a sentence it is
        // one word among many: "... serious cardiovascular events" asks for no event pages (SciFact nDCG@10 +0.011,
        // bundled and realpages unchanged).
        java.util.Set<String> tiers = n <= allWordsUpTo ? b.types : java.util.Set.of();
        Query relaxed = null;
        if (n > 1) {
            BooleanQuery.Builder some = new BooleanQuery.Builder();
            must.forEach(q -> some.add(q, Occur.MUST));
            should.forEach(q -> some.add(q, Occur.SHOULD));
            relaxed = withTiers(some.build(), tiers);
        }
        // Stop and question words neither match nor score: "what is smart specialisation?" ranks as "smart
        // specialisation" does (measured: realpages P@5 +0.01, SciFact nDCG@10 -0.003, i.e. no harm).
        return new Parsed(withTiers(strict, tiers), n > 1 ? relaxed : null, filterClauses, b.words, b.titleWords(),
                false, notices, quoted);
    }

    /** Adds a constant lift for documents of the types the query named. */
    private static Query withTiers(Query q, java.util.Set<String> types) {
        if (types.isEmpty()) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
        for (String t : types) {
            b.add(new BoostQuery(new ConstantScoreQuery(keyword(IndexFields.TYPE, t)), TYPE_TIER), Occur.SHOULD);
        }
        return b.build();
    }

    private static boolean isStopGroup(QuerySyntax.Group g) {
        if (g.alternatives().size() != 1) {
            return false;
        }
        QuerySyntax.Clause c = g.alternatives().get(0);
        return c.kind() == QuerySyntax.Kind.WORD && c.field() == null && QueryWords.isStop(c.text());
    }

    /**
     * Joins runs of plain words that together name a region, sector or type ("Alto Adige", "materie plastiche") into
     * one phrase, so that the name is matched as a whole and its tag can stand in for it.
     */
    private List<QuerySyntax.Group> joinNames(List<QuerySyntax.Group> groups) {
        List<QuerySyntax.Group> out = new ArrayList<>();
        int i = 0;
        while (i < groups.size()) {
            int joined = 1;
            for (int len = Math.min(MAX_NAME_WORDS, groups.size() - i); len >= 2; len--) {
                List<QuerySyntax.Group> run = groups.subList(i, i + len);
                if (run.stream().allMatch(UserQueryParser::isPlainWord)) {
                    String name = String.join(" ", run.stream().map(g -> g.alternatives().get(0).text()).toList());
                    if (places.resolve(name) != null) {
                        out.add(new QuerySyntax.Group(List.of(new QuerySyntax.Clause(QuerySyntax.Kind.PHRASE, null,
                                name, 0, 1, QuerySyntax.Mode.SHOULD)), QuerySyntax.Mode.SHOULD));
                        joined = len;
                        break;
                    }
                }
            }
            if (joined == 1) {
                out.add(groups.get(i));
            }
            i += joined;
        }
        return out;
    }

    private static boolean isPlainWord(QuerySyntax.Group g) {
        if (g.alternatives().size() != 1 || g.mode() != QuerySyntax.Mode.SHOULD) {
            return false;
        }
        QuerySyntax.Clause c = g.alternatives().get(0);
        return c.kind() == QuerySyntax.Kind.WORD && c.field() == null && c.boost() == 1;
    }

    /** Builds the queries of the clauses; counts them to bound the cost of what users type. */
    private final class Builder {
        int clauses;
        final List<String> words = new ArrayList<>();
        final List<QueryNotice> notices;
        final java.util.Set<String> types = new java.util.LinkedHashSet<>();
        /** Words typed after {@code title:}, and words typed without it. */
        final java.util.Set<String> inTitle = new java.util.HashSet<>();
        final java.util.Set<String> anywhere = new java.util.HashSet<>();

        Builder(List<QueryNotice> notices) {
            this.notices = notices;
        }

        /** @return the words typed only after {@code title:} */
        java.util.Set<String> titleWords() {
            java.util.Set<String> only = new java.util.HashSet<>(inTitle);
            only.removeAll(anywhere);
            return java.util.Set.copyOf(only);
        }

        Query group(QuerySyntax.Group g) {
            if (g.alternatives().size() == 1) {
                return clause(g.alternatives().get(0));
            }
            BooleanQuery.Builder bq = new BooleanQuery.Builder();
            boolean any = false;
            for (QuerySyntax.Clause c : g.alternatives()) {
                Query q = c.kind() == QuerySyntax.Kind.FIELD ? filter(c) : clause(c);
                if (q == null && c.kind() == QuerySyntax.Kind.FIELD) {
                    q = clause(new QuerySyntax.Clause(QuerySyntax.Kind.WORD, null, c.text(), 0, 1, c.mode()));
                }
                if (q != null) {
                    bq.add(q, Occur.SHOULD);
                    any = true;
                }
            }
            return any ? bq.build() : null;
        }

        /** @return the filter's query, or null (with a notice) when its value names nothing known */
        Query filter(QuerySyntax.Clause c) {
            clauses++;
            try {
                return filters.resolve(c.field(), c.text());
            } catch (BadQueryException e) {
                notices.add(new QueryNotice(QueryNotice.Kind.UNKNOWN_VALUE, c.field() + ":" + c.text()));
                return null;
            }
        }

        Query clause(QuerySyntax.Clause c) {
            clauses++;
            Map<String, Float> fields = "title".equals(c.field()) ? titleFields : textFields;
            (fields == titleFields ? inTitle : anywhere).add(c.text());
            Query q = switch (c.kind()) {
                case PHRASE -> analysed(fields, c.text(), c.slop(), true);
                case PREFIX -> prefix(fields, c.text());
                case FUZZY -> fuzzy(fields, c.text(), c.slop() == 0 ? FuzzyQuery.defaultMaxEdits : c.slop(),
                        new SharedFuzzyQuery.Automata());
                case WORD -> word(fields, c.text());
                case FIELD -> null;
            };
            return q == null || c.boost() == 1 ? q : new BoostQuery(q, c.boost());
        }

        private Query word(Map<String, Float> fields, String text) {
            words.add(text);
            Query q = analysed(fields, text, 0, true);
            if (q == null) {
                return null;
            }
            if (fields == textFields) {
                java.util.Set<String> named = QueryWords.types(text);
                if (!named.isEmpty()) {
                    // "interviews" is met by an interview that never uses the word, and ranks interviews first
                    types.addAll(named);
                    List<Query> alternatives = new ArrayList<>(List.of(q));
                    named.forEach(t -> alternatives.add(new BoostQuery(new ConstantScoreQuery(
                            keyword(IndexFields.TYPE, t)), PLACE_BOOST)));
                    return new DisjunctionMaxQuery(alternatives, 0f);
                }
            }
            return q;
        }

        private Query analysed(Map<String, Float> fields, String text, int slop, boolean expand) {
            List<Query> perField = new ArrayList<>();
            QueryBuilder qb = new QueryBuilder(analyzers.query());
            for (Map.Entry<String, Float> f : fields.entrySet()) {
                Query q = qb.createPhraseQuery(f.getKey(), text, slop);
                if (q == null) {
                    continue;
                }
                if (f.getKey().equals(IndexFields.TITLE)) {
                    perField.addAll(foldedTitle(q, f.getValue()));
                } else {
                    perField.add(new BoostQuery(q, f.getValue()));
                }
            }
            if (perField.isEmpty()) {
                return null;
            }
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(new DisjunctionMaxQuery(perField, TIE_BREAKER));
            if (expand && HYPHEN.matcher(text).find()) {
                // "co-operation" is also written "cooperation", "Kunststoff-Cluster" also "Kunststoffcluster"
                Query joined = analysed(fields, HYPHEN.matcher(text).replaceAll(""), 0, false);
                if (joined != null) {
                    alternatives.add(joined);
                }
            }
            Query place = fields == textFields ? places.resolve(text) : null;
            if (place != null) {
                // "Venice" also finds what is tagged with the Veneto because the text says "Venezia"
                alternatives.add(new BoostQuery(new ConstantScoreQuery(place), PLACE_BOOST));
            }
            return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
        }

        /**
         * The folded title weighs {@link #FOLDED_TITLE_SHARE} of the title beside a stemmed title, and fully where it
         * is the title's only analysis (languages without a stemmer). Beside a stemmed title its exact forms, rarer
         * than their stems and so weighing more, would outrank the stemmed title and text that agree with each other
         * (SciFact nDCG@10 +0.006; bundled and realpages unchanged).
         */
        private List<Query> foldedTitle(Query q, float weight) {
            Query unstemmedLanguage = new BooleanQuery.Builder().add(q, Occur.MUST)
                    .add(STEMMED_LANGUAGE, Occur.MUST_NOT).build();
            return List.of(new BoostQuery(q, weight * FOLDED_TITLE_SHARE), new BoostQuery(unstemmedLanguage, weight));
        }

        private Query prefix(Map<String, Float> fields, String prefix) {
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

        /** @param automata the word's automata, built once for every field */
        private Query fuzzy(Map<String, Float> fields, String word, int edits, SharedFuzzyQuery.Automata automata) {
            List<Query> perField = new ArrayList<>();
            for (Map.Entry<String, Float> f : fields.entrySet()) {
                if (isStemmed(f.getKey())) {
                    continue;
                }
                BytesRef norm = analyzers.query().normalize(f.getKey(), word);
                perField.add(new BoostQuery(new SharedFuzzyQuery(new Term(f.getKey(), norm), edits, 1, 50, true,
                        automata), f.getValue()));
            }
            words.add(word);
            return new DisjunctionMaxQuery(perField, TIE_BREAKER);
        }
    }

    private static final java.util.regex.Pattern HYPHEN = java.util.regex.Pattern.compile("[-\u2010\u2011]");

    /**
     * @return the fields whose words count as spelt right: every field a word is searched in, as written (not stemmed)
     *         — a programme's name may stand only in the names of a document's projects
     */
    public List<String> spellingFields() {
        return textFields.keySet().stream().filter(f -> !isStemmed(f)).toList();
    }

    /**
     * The typo-tolerant form of plain words: each may differ by one or two edits, tiered like the exact query. A word
     * typed after {@code title:} is looked for in titles only, as the exact query did. When the index knows every word
     * as typed, nothing is misspelt: the words or the filters together found nothing, and near spellings of right
     * words would only answer another question (and cost a search over every spelling within reach).
     *
     * @param known whether the index holds a word as typed, case and accents aside
     * @return null when there is nothing to relax
     */
    public Query fuzzyFallback(Parsed parsed, java.util.function.Predicate<String> known) {
        return fuzzyFallback(parsed, known, new SharedFuzzyQuery.PerSearch());
    }

    /**
     * {@link #fuzzyFallback(Parsed, java.util.function.Predicate)}, with automata a later use in the same search shares.
     *
     * @param automata the search's Levenshtein automata, which the queries made here build and share
     */
    Query fuzzyFallback(Parsed parsed, java.util.function.Predicate<String> known,
                        SharedFuzzyQuery.PerSearch automata) {
        List<String> words = parsed.words().stream()
                .filter(w -> w.length() >= 4 && w.chars().allMatch(Character::isLetterOrDigit)).toList();
        if (words.stream().allMatch(known)) {
            return null;
        }
        Builder b = new Builder(new ArrayList<>());
        // as the exact search: a short query's words all, each within reach of its spelling ("clustre managment" is
        // cluster management, not anything near one of the two); a longer one's any
        Occur each = words.size() <= allWordsUpTo ? Occur.MUST : Occur.SHOULD;
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String w : words) {
            Map<String, Float> fields = parsed.titleWords().contains(w) ? titleFields : textFields;
            int edits = w.length() >= 8 ? 2 : 1;
            q.add(b.fuzzy(fields, w, edits, automata.of(w, edits)), each);
        }
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
