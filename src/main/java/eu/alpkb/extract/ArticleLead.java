package eu.alpkb.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The article's lead where the page marks it by class ("lead", "intro", "abstract", "standfirst", and "teaser" between
 * the headline and the body): sites set it apart above the article's body, next to the headline, and Readability,
 * which looks for the body, leaves it out.
 */
final class ArticleLead {
    private static final Set<String> LEAD_WORDS = Set.of("lead", "intro", "abstract", "standfirst", "subheadline",
            "dek", "teaser");
    /** A paragraph this long is the body's: a lead stands before it. */
    private static final int BODY_PARAGRAPH = 150;
    /** A lead is written in sentences; a row of labels ("Article Editors Contact Share") is not. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:\"“”»)]$");
    /** Shorter, a "lead" is a label or a kicker; longer, the element wraps more than the lead. */
    private static final int MIN_LEAD = 40;
    private static final int MAX_LEAD = 800;

    private ArticleLead() {
    }

    /**
     * @return the text of the first lead after the h1 and before the body's first long paragraph, outside navigation,
     *         footers and asides, or null when the page marks none there
     */
    static String of(Element body) {
        if (body == null) {
            return null;
        }
        boolean afterHeadline = body.getElementsByTag("h1").isEmpty();
        for (Element e : body.getAllElements()) {
            if (e.normalName().equals("h1")) {
                afterHeadline = true; // a "lead" above the headline is another article's teaser or a site's motto
            } else if (afterHeadline && e.normalName().equals("p") && e.text().length() >= BODY_PARAGRAPH
                    && !isLead(e) && !inFurniture(e)) {
                return null; // the body has begun
            } else if (afterHeadline && isLead(e) && !inFurniture(e)) {
                String text = e.text().strip();
                if (text.length() >= MIN_LEAD && text.length() <= MAX_LEAD && linkText(e) * 2 < text.length()
                        && SENTENCE_END.matcher(text).find()
                        && e.select("h1, h2, h3, h4, h5, h6").isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static boolean isLead(Element e) {
        for (String name : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (LEAD_WORDS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code e} stands in the page's navigation, footer or a side column */
    static boolean inFurniture(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String n = p.normalName();
            if (n.equals("nav") || n.equals("footer") || n.equals("aside")) {
                return true;
            }
        }
        return false;
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) {
            n += a.text().length();
        }
        return n;
    }
}
