package eu.alpkb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * The best documents by score, to be scored again by another query, and with them every document that ties with the
 * last of them. Lucene's top-documents collector keeps the first of documents with equal scores and drops the rest,
 * which is right for a final page but not for candidates: documents that tie in the first scores (the same word once
 * in titles of the same length) may differ in the second, and the one that wins there may be any of them. Once it
 * holds as many as it keeps, it tells the scorer the lowest score it still takes, so the scorer may skip the blocks
 * of documents that cannot reach it.
 */
final class Candidates implements Collector {
    private final int size;
    private final int mostTied;
    /** The worst first: lowest score, and of equal scores the latest document. */
    private final PriorityQueue<ScoreDoc> best;
    private final List<ScoreDoc> tied = new ArrayList<>();

    /**
     * @param size     how many of the best to keep
     * @param mostTied how many documents tying with the last of them to keep at most
     */
    Candidates(int size, int mostTied) {
        this.size = size;
        this.mostTied = mostTied;
        this.best = new PriorityQueue<>(size, (a, b) -> a.score != b.score ? Float.compare(a.score, b.score)
                : Integer.compare(b.doc, a.doc));
    }

    /** @return the documents kept, in no particular order */
    ScoreDoc[] docs() {
        List<ScoreDoc> out = new ArrayList<>(best);
        out.addAll(tied);
        return out.toArray(new ScoreDoc[0]);
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        int docBase = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                this.scorer = scorer;
                if (best.size() == size) {
                    scorer.setMinCompetitiveScore(best.peek().score);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                float score = scorer.score();
                if (best.size() < size) {
                    best.add(new ScoreDoc(docBase + doc, score));
                    if (best.size() == size) {
                        scorer.setMinCompetitiveScore(best.peek().score);
                    }
                    return;
                }
                float lowest = best.peek().score;
                if (score < lowest) {
                    return;
                }
                if (score == lowest) {
                    if (tied.size() < mostTied) {
                        tied.add(new ScoreDoc(docBase + doc, score));
                    }
                    return;
                }
                ScoreDoc out = best.poll();
                best.add(new ScoreDoc(docBase + doc, score));
                float now = best.peek().score;
                if (now == out.score) {
                    if (tied.size() < mostTied) {
                        tied.add(out);
                    }
                } else {
                    // every tied document scored the old lowest, now below what the best hold
                    tied.clear();
                    scorer.setMinCompetitiveScore(now);
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }
}
