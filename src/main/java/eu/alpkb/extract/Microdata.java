package eu.alpkb.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's schema.org microdata ({@code itemscope}, {@code itemtype}, {@code itemprop}) into the shape of
 * JSON-LD, so that one reading of the structured data serves both: each top-level item becomes an object with its
 * {@code @type} (the last part of the item type, "Event" for {@code https://schema.org/Event}) and its properties, a
 * nested item (an event's {@code location}, its {@code organizer}) an object of its own.
 */
final class Microdata {
    /** Items read at most: a listing of hundreds of products says nothing an article's own item would. */
    private static final int MAX_ITEMS = 50;
    /** Characters of one property's text kept at most. */
    private static final int MAX_VALUE = 500;

    private Microdata() {
    }

    /** @return the page's top-level items, in page order; empty when it has none */
    static List<JsonNode> items(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element e : doc.select("[itemscope][itemtype]")) {
            if (out.size() == MAX_ITEMS) {
                break;
            }
            // a nested item is read with the item it belongs to
            if (!e.hasAttr("itemprop")) {
                out.add(item(e, 0));
            }
        }
        return out;
    }

    private static ObjectNode item(Element scope, int depth) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("@type", type(scope.attr("itemtype")));
        collect(scope, node, depth);
        return node;
    }

    /** Adds the properties of the elements under {@code parent} that belong to its item, not to a nested one. */
    private static void collect(Element parent, ObjectNode node, int depth) {
        for (Element child : parent.children()) {
            String props = child.attr("itemprop").strip();
            boolean scope = child.hasAttr("itemscope");
            if (!props.isEmpty()) {
                JsonNode value = scope ? (depth < 3 ? item(child, depth + 1) : null) : value(child);
                if (value != null) {
                    for (String prop : props.split("\\s+")) {
                        node.putIfAbsent(prop, value);
                    }
                }
            }
            if (!scope) {
                collect(child, node, depth);
            }
        }
    }

    /** The value of a property as microdata defines it per element. */
    private static JsonNode value(Element e) {
        String v = switch (e.normalName()) {
            case "meta" -> e.attr("content");
            case "a", "link", "area" -> e.attr("abs:href").isEmpty() ? e.attr("href") : e.attr("abs:href");
            case "img", "audio", "video", "source", "embed", "iframe" -> e.attr("src");
            case "time" -> e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            case "data", "meter" -> e.attr("value");
            default -> e.hasAttr("content") ? e.attr("content") : e.text();
        };
        v = v.strip();
        if (v.isEmpty()) {
            return null;
        }
        return JsonNodeFactory.instance.textNode(v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v);
    }

    /** @return the last part of an item type: "Event" for {@code https://schema.org/Event} */
    private static String type(String itemtype) {
        String first = itemtype.strip().split("\\s+")[0];
        int slash = Math.max(first.lastIndexOf('/'), first.lastIndexOf('#'));
        return slash >= 0 ? first.substring(slash + 1) : first;
    }
}
