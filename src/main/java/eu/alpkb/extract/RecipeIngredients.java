package eu.alpkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A recipe's list of ingredients where the page marks it (microdata {@code recipeIngredient}, or a block classed
 * "ingredients"): recipe plugins set it in a table or a card beside the method, and Readability, which looks for
 * paragraphs, leaves it out, though it is half of what a recipe says.
 */
final class RecipeIngredients {
    /** A class word naming the block of ingredients ("recipe-ingredients", "wprm-recipe-ingredients", "zutaten"). */
    private static final Pattern INGREDIENTS_CLASS = Pattern.compile("(?i)(^|[\\s_-])(ingredients|zutaten)($|[\\s_-])");
    /** Longer, the block wraps more than the list: a whole recipe page or a listing of recipes. */
    private static final int MAX_TEXT = 3_000;

    private RecipeIngredients() {
    }

    /** @return the lines of the page's first list of ingredients outside navigation and footers, or an empty list */
    static List<String> of(Element body) {
        if (body == null) {
            return List.of();
        }
        Element block = null;
        for (Element e : body.getAllElements()) {
            if (INGREDIENTS_CLASS.matcher(e.className()).find() && !ArticleLead.inFurniture(e)
                    && e.text().length() <= MAX_TEXT && !e.text().isBlank()) {
                block = e;
                break;
            }
        }
        if (block == null) {
            List<String> items = new ArrayList<>();
            for (Element e : body.select("[itemprop=recipeIngredient], [itemprop=ingredients]")) {
                items.add(e.text().strip());
            }
            return items;
        }
        return lines(block);
    }

    /** The block's text, one line per row, item or block element. */
    private static List<String> lines(Element block) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.text());
                } else if (node instanceof Element e && breaks(e)) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && breaks(e)) {
                    flush();
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                    line.append(' ');
                }
            }

            private void flush() {
                String s = line.toString().replaceAll("\\s+", " ").strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                line.setLength(0);
            }
        }, block);
        String s = line.toString().replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        return out;
    }

    private static boolean breaks(Element e) {
        String n = e.normalName();
        if (n.equals("td") || n.equals("th")) {
            return false; // an amount and its ingredient share a row
        }
        return e.isBlock() || n.equals("tr") || n.equals("li") || n.equals("br");
    }
}
