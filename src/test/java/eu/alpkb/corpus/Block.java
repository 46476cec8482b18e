package eu.alpkb.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of a source body: the small Markdown subset the sources use. Inline markup (bold, links) stays in the
 * text and is rendered by {@link Inline}.
 */
sealed interface Block {
    /** A heading; level 1 for {@code # }, 2 for {@code ## }, 3 for {@code ### }. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph; source lines are joined with a space. */
    record Paragraph(String text) implements Block {
    }

    /** A bullet list ({@code - }) or a numbered list ({@code 1. }). */
    record ListBlock(boolean ordered, List<String> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A quotation ({@code > } lines). */
    record Quote(String text) implements Block {
    }

    /**
     * Splits a body into blocks. Blank lines end paragraphs; a heading, list item or quote line ends the block
     * before it even without a blank line, because writers do not always leave one.
     */
    static List<Block> parse(String body) {
        List<Block> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        StringBuilder quote = new StringBuilder();
        List<String> items = new ArrayList<>();
        boolean[] ordered = {false};
        Runnable flush = () -> {
            if (para.length() > 0) {
                out.add(new Paragraph(para.toString()));
                para.setLength(0);
            }
            if (quote.length() > 0) {
                out.add(new Quote(quote.toString()));
                quote.setLength(0);
            }
            if (!items.isEmpty()) {
                out.add(new ListBlock(ordered[0], items));
                items.clear();
            }
        };
        for (String raw : body.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush.run();
            } else if (line.matches("#{1,3} .*")) {
                flush.run();
                int level = line.indexOf(' ');
                out.add(new Heading(level, line.substring(level + 1).strip()));
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                if (para.length() > 0 || quote.length() > 0 || (ordered[0] && !items.isEmpty())) {
                    flush.run();
                }
                ordered[0] = false;
                items.add(line.substring(2).strip());
            } else if (line.matches("\\d{1,2}\\. .*")) {
                if (para.length() > 0 || quote.length() > 0 || (!ordered[0] && !items.isEmpty())) {
                    flush.run();
                }
                ordered[0] = true;
                items.add(line.substring(line.indexOf(' ') + 1).strip());
            } else if (line.startsWith(">")) {
                if (para.length() > 0 || !items.isEmpty()) {
                    flush.run();
                }
                String text = line.substring(1).strip();
                quote.append(quote.length() > 0 ? " " : "").append(text);
            } else if (!items.isEmpty() && para.length() == 0 && raw.startsWith("  ")) {
                // An indented line right after a list item continues that item.
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + line);
            } else {
                if (quote.length() > 0 || !items.isEmpty()) {
                    flush.run();
                }
                para.append(para.length() > 0 ? " " : "").append(line);
            }
        }
        flush.run();
        return List.copyOf(out);
    }
}
