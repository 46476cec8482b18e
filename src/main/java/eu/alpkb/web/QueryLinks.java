package eu.alpkb.web;

import eu.alpkb.search.Dimension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page's state as it stands in the URL, and the links that change one thing about it: tick or untick a
 * facet value, clear a dimension, go to a page, change the query. Parameters keep the API's names and come out in
 * one fixed order, so that the same state always has the same shareable address. Every link goes back to page 1
 * except the pagination links themselves.
 */
final class QueryLinks {
    static final String Q = "q";
    static final String FROM = "from";
    static final String TO = "to";
    static final String SORT = "sort";
    static final String PAGE = "page";
    static final String SIZE = "size";
    static final String HL = "hl";
    /** Every parameter the page understands, in the order links write them. */
    static final List<String> ORDER;

    static {
        List<String> order = new ArrayList<>();
        order.add(Q);
        Dimension.all().forEach(d -> order.add(d.key()));
        order.addAll(List.of(FROM, TO, SORT, SIZE, HL, PAGE));
        ORDER = List.copyOf(order);
    }

    private final String path;
    private final Map<String, List<String>> params;

    private QueryLinks(String path, Map<String, List<String>> params) {
        this.path = path;
        this.params = params;
    }

    /** @return the state in {@code params}, keeping only known, non-blank parameters */
    static QueryLinks of(String path, Map<String, List<String>> params) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : ORDER) {
            List<String> values = params.getOrDefault(name, List.of()).stream().map(String::strip)
                    .filter(v -> !v.isEmpty()).distinct().toList();
            if (!values.isEmpty()) {
                kept.put(name, Dimension.of(name).isPresent() ? values : List.of(values.get(0)));
            }
        }
        return new QueryLinks(path, kept);
    }

    List<String> values(String name) {
        return params.getOrDefault(name, List.of());
    }

    String value(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? null : v.get(0);
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    private QueryLinks edit(java.util.function.Consumer<Map<String, List<String>>> change) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        copy.remove(PAGE);
        change.accept(copy);
        copy.values().removeIf(List::isEmpty);
        return new QueryLinks(path, copy);
    }

    /** @return the state with {@code value} replacing the values of {@code name}, or without it when null */
    QueryLinks with(String name, String value) {
        return edit(m -> {
            m.remove(name);
            if (value != null && !value.isBlank()) {
                m.put(name, new ArrayList<>(List.of(value)));
            }
        });
    }

    /** @return the state with {@code value} added to the filter {@code dim} */
    QueryLinks plus(String dim, String value) {
        return edit(m -> {
            List<String> values = m.computeIfAbsent(dim, k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        });
    }

    /** @return the state without {@code value} in {@code dim} */
    QueryLinks minus(String dim, String value) {
        return edit(m -> {
            List<String> values = m.get(dim);
            if (values != null) {
                values.remove(value);
            }
        });
    }

    /** @return the state with {@code value} ticked if it was not, unticked if it was */
    QueryLinks toggle(String dim, String value) {
        return values(dim).contains(value) ? minus(dim, value) : plus(dim, value);
    }

    /** @return the state without any value of {@code name} */
    QueryLinks without(String name) {
        return edit(m -> m.remove(name));
    }

    /** @return the same state on page {@code page} (page 1 is written as no page at all) */
    QueryLinks page(int page) {
        QueryLinks base = edit(m -> {
        });
        if (page <= 1) {
            return base;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(base.params);
        copy.put(PAGE, List.of(Integer.toString(page)));
        return new QueryLinks(path, copy);
    }

    /** @return the state with every filter and date bound removed, keeping the query and presentation */
    QueryLinks withoutFilters() {
        return edit(m -> {
            Dimension.all().forEach(d -> m.remove(d.key()));
            m.remove(FROM);
            m.remove(TO);
        });
    }

    /** @return whether any filter or date bound is set */
    boolean filtered() {
        return Dimension.all().stream().anyMatch(d -> has(d.key())) || has(FROM) || has(TO);
    }

    /** @return the same state, page included, at another path: a document page that knows the search it came from */
    QueryLinks at(String otherPath) {
        return new QueryLinks(otherPath, params);
    }

    /** @return the address, e.g. {@code /?q=cluster&region=ITC1} */
    String url() {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (String name : ORDER) {
            for (String v : values(name)) {
                sb.append(sep).append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return url();
    }
}
