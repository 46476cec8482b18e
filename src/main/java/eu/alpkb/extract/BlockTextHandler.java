package eu.alpkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML output block by block (heading, paragraph, list item, table row), each with the
 * page it is on when the format has pages (Tika wraps each PDF page in {@code <div class="page">}), and stops at a
 * character limit. {@link PageLayout} then turns the blocks into text.
 */
final class BlockTextHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div",
            "blockquote", "pre", "title", "dt", "dd", "table");

    /** Thrown to stop parsing once the limit is reached; the text so far is kept. */
    static final class LimitReached extends SAXException {
        LimitReached() {
            super("character limit reached");
        }
    }

    private final List<PageLayout.Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final int maxChars;
    private int chars;
    private int page;
    private boolean inBody;

    BlockTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if ("body".equals(localName)) {
            inBody = true;
        } else if (inBody && BLOCKS.contains(localName)) {
            flush(); // text before a nested block belongs to the block around it
            if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
                page++;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (inBody && BLOCKS.contains(localName)) {
            flush();
        } else if ("body".equals(localName)) {
            flush();
            inBody = false;
        }
    }

    private void flush() {
        if (!current.toString().isBlank()) {
            blocks.add(new PageLayout.Block(page, current.toString()));
        }
        current.setLength(0);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inBody) {
            return;
        }
        int room = maxChars - chars;
        if (length > room) {
            current.append(ch, start, Math.max(0, room));
            chars = maxChars;
            flush();
            throw new LimitReached();
        }
        current.append(ch, start, length);
        chars += length;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    /** @return the blocks read so far, in document order */
    List<PageLayout.Block> blocks() {
        return List.copyOf(blocks);
    }
}
