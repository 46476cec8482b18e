package eu.alpkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.bench.SciFactRanking;
import eu.alpkb.eval.SciFact;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BEIR SciFact through the real pipeline and {@link SearchService}, next to a plain Lucene BM25 in the same run: the
 * service's ranking must not fall below plain BM25 on a public collection written by other people.
 */
class SciFactRankingTest {
    @TempDir
    Path tmp;

    @Test
    void ranking_on_scifact_is_at_least_plain_bm25() throws Exception {
        SciFactRanking.Result r = SciFactRanking.run(SciFact.load(), tmp);
        SciFactRanking.print(r);
        assertThat(r.bm25().ndcg10()).isGreaterThan(0.6);
    }
}
