package eu.alpkb.extract;

import eu.alpkb.config.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the blocks of a paged document (a PDF) into running text as a reader sees it: the running headers and
 * footers printed on every page (a report's title, "Project co-financed by…", page numbers) are dropped, and the
 * lines a paragraph was broken into on the page are joined again, hyphenation undone. Without this every snippet of
 * a report starts with its page furniture, and phrases broken over two lines are not found.
 */
final class PageLayout {
    /** A block of text and the page it is on (0 when the format has no pages). */
    record Block(int page, String text) {
    }

    /** Blocks this close to the top or bottom of a page can be running headers or footers. */
    private static final int EDGE = 2;
    /** A longer block repeated on every page must repeat word for word; a short one may differ in its numbers. */
    private static final int SHORT = 80;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)[-–—\\s]*(page|seite|pagina|pag\\.|p\\.|stran)?\\s*\\d{1,4}(\\s*(/|of|von|di|sur|od)\\s*\\d{1,4})?"
                    + "[-–—\\s]*");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-•▪◦‣*·]|\\d{1,2}[.)]|[a-z][.)])\\s+.*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.:;!?»\"”)]\\s*$");

    private PageLayout() {
    }

    /** @return the text of {@code blocks}: page furniture removed, paragraphs unwrapped, one blank line apart */
    static String text(List<Block> blocks) {
        return text(blocks, false);
    }

    /**
     * @param markPages whether the first text of each page is preceded by its {@link Pages#mark(int)}
     */
    static String text(List<Block> blocks, boolean markPages) {
        Set<Integer> furniture = furniture(blocks);
        StringBuilder sb = new StringBuilder();
        int page = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!furniture.contains(i)) {
                Block b = blocks.get(i);
                if (markPages && b.page() > page) {
                    page = b.page();
                    sb.append(Pages.mark(page));
                }
                sb.append(b.page() > 0 ? unwrap(b.text()) : b.text()).append("\n\n");
            }
        }
        return sb.toString();
    }

    /**
     * @return the indexes of blocks that are page numbers, or that stand near the top or bottom of a page with the
     *         same words (numbers aside) as near the edge of at least half the pages, and of two at the least
     */
    static Set<Integer> furniture(List<Block> blocks) {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).page() > 0) {
                byPage.computeIfAbsent(blocks.get(i).page(), p -> new ArrayList<>()).add(i);
            }
        }
        Set<Integer> out = new HashSet<>();
        if (byPage.size() < 2) {
            return out;
        }
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> page : byPage.entrySet()) {
            for (int i : edges(page.getValue())) {
                pagesByKey.computeIfAbsent(key(blocks.get(i).text()), k -> new HashSet<>()).add(page.getKey());
            }
        }
        int needed = Math.max(2, (byPage.size() + 1) / 2);
        for (Map.Entry<Integer, List<Integer>> page : byPage.entrySet()) {
            List<Integer> onPage = page.getValue();
            for (int i : edges(onPage)) {
                String text = blocks.get(i).text();
                boolean repeated = pagesByKey.get(key(text)).size() >= needed;
                // On the first page a repeated line near the top is the title the running header copies: keep it.
                boolean firstPageTop = page.getKey() == 1
                        && onPage.indexOf(i) < Math.min(EDGE, (onPage.size() + 1) / 2);
                if (PAGE_NUMBER.matcher(text.strip()).matches() || repeated && !firstPageTop) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static List<Integer> edges(List<Integer> onPage) {
        Set<Integer> edge = new java.util.LinkedHashSet<>();
        edge.addAll(onPage.subList(0, Math.min(EDGE, onPage.size())));
        edge.addAll(onPage.subList(Math.max(0, onPage.size() - EDGE), onPage.size()));
        return new ArrayList<>(edge);
    }

    /** The same words whatever the line breaks or case, and for a short block whatever its page number. */
    private static String key(String text) {
        String k = Text.fold(text).replaceAll("\\s+", " ").strip();
        return k.length() <= SHORT ? k.replaceAll("\\d+", "#") : k;
    }

    /**
     * Joins the lines of one paragraph: a line ends the paragraph's flow only before a list item, or when it ends a
     * sentence well short of the paragraph's widest line (the last line of a paragraph laid out in one block).
     */
    static String unwrap(String block) {
        String[] lines = block.strip().split("\\s*\\n\\s*");
        if (lines.length < 2) {
            return block.strip();
        }
        int widest = 0;
        for (String l : lines) {
            widest = Math.max(widest, l.length());
        }
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String prev = lines[i - 1];
            String line = lines[i];
            boolean breakHere = LIST_ITEM.matcher(line).matches()
                    || SENTENCE_END.matcher(prev).matches() && prev.length() < widest * 0.8;
            if (breakHere) {
                sb.append('\n').append(line);
            } else if (prev.length() > 1 && prev.endsWith("-") && Character.isLetter(prev.charAt(prev.length() - 2))
                    && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                sb.setLength(sb.length() - 1); // "interna-" + "tional"
                sb.append(line);
            } else if (prev.endsWith("-") || prev.endsWith("/")) {
                sb.append(line); // "Rhône-" + "Alpes", "Bolzano/" + "Bozen"
            } else {
                sb.append(' ').append(line);
            }
        }
        return sb.toString();
    }
}
