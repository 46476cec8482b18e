package eu.alpkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facets cut to a number of values per level, with the selected and expanded paths kept whole. */
class FacetLimitsTest {
    private static FacetValue leaf(String value, int count) {
        return new FacetValue(value, value, count, false, List.of());
    }

    private static FacetValue selectedLeaf(String value, int count) {
        return new FacetValue(value, value, count, true, List.of());
    }

    private static FacetValue node(String value, int count, FacetValue... children) {
        return new FacetValue(value, value, count, false, List.of(children));
    }

    /** Twelve organisations, most documents first. */
    private static List<FacetValue> orgs(int selectedAt) {
        List<FacetValue> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(i == selectedAt ? selectedLeaf("o" + i, 100 - i) : leaf("o" + i, 100 - i));
        }
        return out;
    }

    /** Italy with two regions, one with a province; Austria with one region. */
    private static List<FacetValue> regions(FacetValue province) {
        return List.of(node("IT", 50, node("ITC", 30, province), leaf("ITH", 20)), node("AT", 10, leaf("AT3", 10)));
    }

    private static List<String> values(List<FacetValue> values) {
        return values.stream().map(FacetValue::value).toList();
    }

    @ParameterizedTest(name = "limit {0}: {1} values, {2} more")
    @CsvSource({"8, 8, 4", "3, 3, 9", "12, 12, 0", "20, 12, 0", "0, 12, 0"})
    void a_flat_dimension_keeps_its_first_values_and_counts_the_rest(int limit, int kept, int more) {
        FacetLimits.Trimmed t = new FacetLimits(limit, Map.of(), Map.of()).apply(Map.of("org", orgs(-1)));
        assertThat(values(t.facets().get("org"))).isEqualTo(values(orgs(-1).subList(0, kept)));
        assertThat(t.more()).containsEntry("org", more);
    }

    @Test
    void a_selected_value_beyond_the_limit_stays_in_its_place() {
        FacetLimits.Trimmed t = FacetLimits.DEFAULT.apply(Map.of("org", orgs(10)));
        assertThat(values(t.facets().get("org"))).containsExactly("o0", "o1", "o2", "o3", "o4", "o5", "o6", "o7",
                "o10");
        assertThat(t.more()).containsEntry("org", 3);
    }

    @Test
    void a_tree_shows_its_top_level_and_counts_the_children_it_leaves_out() {
        FacetLimits.Trimmed t = FacetLimits.DEFAULT.apply(Map.of("region", regions(leaf("ITC1", 30))));
        List<FacetValue> top = t.facets().get("region");
        assertThat(values(top)).containsExactly("IT", "AT");
        assertThat(top.get(0).children()).isEmpty();
        assertThat(top.get(0).more()).isEqualTo(2);
        assertThat(top.get(1).more()).isEqualTo(1);
        assertThat(t.more()).containsEntry("region", 0);
    }

    @Test
    void the_path_to_a_selected_value_comes_with_the_children_on_the_way() {
        FacetLimits.Trimmed t = FacetLimits.DEFAULT.apply(Map.of("region", regions(selectedLeaf("ITC1", 30))));
        FacetValue italy = t.facets().get("region").get(0);
        assertThat(values(italy.children())).containsExactly("ITC", "ITH");
        assertThat(italy.more()).isZero();
        assertThat(values(italy.children().get(0).children())).containsExactly("ITC1");
        // a region beside the path stays folded
        assertThat(italy.children().get(1).children()).isEmpty();
        assertThat(t.facets().get("region").get(1).children()).isEmpty();
    }

    @Test
    void an_expanded_value_comes_with_its_children_even_when_its_parent_is_beyond_the_limit() {
        FacetLimits limits = new FacetLimits(1, Map.of(), Map.of("region", Set.of("AT")));
        FacetLimits.Trimmed t = limits.apply(Map.of("region", regions(leaf("ITC1", 30))));
        assertThat(values(t.facets().get("region"))).containsExactly("IT", "AT");
        assertThat(values(t.facets().get("region").get(1).children())).containsExactly("AT3");
        assertThat(t.more()).containsEntry("region", 0);
    }

    @Test
    void the_children_of_an_expanded_value_are_limited_too() {
        FacetLimits limits = new FacetLimits(1, Map.of(), Map.of("region", Set.of("IT")));
        FacetValue italy = limits.apply(Map.of("region", regions(leaf("ITC1", 30)))).facets().get("region").get(0);
        assertThat(values(italy.children())).containsExactly("ITC");
        assertThat(italy.more()).isEqualTo(1);
        assertThat(italy.children().get(0).more()).isEqualTo(1);
    }

    @Test
    void without_a_limit_every_value_comes_at_every_level() {
        Map<String, List<FacetValue>> all = Map.of("region", regions(leaf("ITC1", 30)), "org", orgs(-1));
        FacetLimits.Trimmed t = FacetLimits.EVERY_VALUE.apply(all);
        assertThat(t.facets()).isEqualTo(all);
        assertThat(t.more()).containsEntry("region", 0).containsEntry("org", 0);
    }

    @Test
    void a_dimension_can_have_a_limit_of_its_own() {
        FacetLimits limits = new FacetLimits(2, Map.of("org", FacetLimits.ALL), Map.of());
        FacetLimits.Trimmed t = limits.apply(Map.of("org", orgs(-1), "person", orgs(-1)));
        assertThat(t.facets().get("org")).hasSize(12);
        assertThat(t.facets().get("person")).hasSize(2);
    }

    @Test
    void the_months_of_a_year_come_whole_in_the_order_of_the_calendar() {
        List<FacetValue> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(leaf(String.format("%02d", m), m));
        }
        List<FacetValue> years = List.of(new FacetValue("2014", "2014", 78, false, months), leaf("2013", 4));
        FacetLimits limits = new FacetLimits(3, Map.of(), Map.of("year", Set.of("2014")));
        FacetValue y2014 = limits.apply(Map.of("year", years)).facets().get("year").get(0);
        assertThat(y2014.children()).isEqualTo(months);
        assertThat(y2014.more()).isZero();
    }

    @Test
    void a_negative_limit_is_refused() {
        assertThatThrownBy(() -> new FacetLimits(-1, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
