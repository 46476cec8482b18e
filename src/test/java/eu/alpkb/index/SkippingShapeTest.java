package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class SkippingShapeTest {
    private static DisjunctionMaxQuery word(String w, float tie) {
        return new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", w)), 2f),
                new TermQuery(new Term("text", w))), tie);
    }

    @Test
    void every_scored_disjunction_keeps_its_best_field_alone_and_the_rest_stays() {
        Query filter = new DisjunctionMaxQuery(List.of(new TermQuery(new Term("type", "news"))), 0.5f);
        Query phrase = new PhraseQuery("text", "smart", "specialisation");
        Query q = new BooleanQuery.Builder().add(new BoostQuery(word("cluster", 0.2f), 1.5f), Occur.MUST)
                .add(word("energy", 0.2f), Occur.MUST).add(phrase, Occur.SHOULD).add(filter, Occur.FILTER)
                .add(new TermQuery(new Term("text", "robotics")), Occur.MUST_NOT).build();

        Query expected = new BooleanQuery.Builder().add(new BoostQuery(word("cluster", 0f), 1.5f), Occur.MUST)
                .add(word("energy", 0f), Occur.MUST).add(phrase, Occur.SHOULD).add(filter, Occur.FILTER)
                .add(new TermQuery(new Term("text", "robotics")), Occur.MUST_NOT).build();
        assertThat(SkippingShape.of(q)).isEqualTo(expected);
    }

    @Test
    void a_query_without_a_tie_breaker_is_its_own_shape() {
        Query q = new BooleanQuery.Builder().add(word("cluster", 0f), Occur.MUST)
                .add(new TermQuery(new Term("text", "alps")), Occur.SHOULD).build();
        assertThat(SkippingShape.of(q)).isSameAs(q);
    }
}
