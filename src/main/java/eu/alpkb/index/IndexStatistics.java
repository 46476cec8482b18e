package eu.alpkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Counts for the admin page that the search facets do not give: documents per source. */
final class IndexStatistics {
    private final IndexStore store;

    IndexStatistics(IndexStore store) {
        this.store = store;
    }

    /**
     * @return live documents per source name, in name order, including sources no longer configured (such as a
     *         folder added once with {@code index --folder}); empty without an index
     */
    Map<String, Integer> documentsPerSource() {
        Map<String, Integer> counts = store.withSearcher(s -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            try {
                Terms terms = MultiTerms.getTerms(s.getIndexReader(), IndexFields.SOURCE);
                if (terms == null) {
                    return out;
                }
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    String name = term.utf8ToString();
                    // docFreq still counts deleted documents until segments merge; a count query does not
                    int live = s.count(new TermQuery(new Term(IndexFields.SOURCE, name)));
                    if (live > 0) {
                        out.put(name, live);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
        return counts == null ? Map.of() : counts;
    }
}
