package eu.alpkb.extract;

import java.util.regex.Pattern;

/**
 * Where an article's text ends: the label of what sites put under it (further reading, related articles, comments,
 * about the author, contact, newsletter), standing alone as a paragraph, closes the article, and everything after it
 * belongs to that block. Readability keeps such blocks when they share the article's container.
 */
final class ArticleEnd {
    /**
     * Labels of the blocks under an article in the languages the service reads (also "more of" any kind, the latest
     * articles, sources, authors and a call to comment), each standing alone with at most a
     * few words after it ("Mehr zum Thema Energie:"). Labels that also open a part of articles ("Read more", "Lesen
     * Sie auch") are not here: on the public pages they cut article text as often as boilerplate.
     */
    private static final Pattern LABEL = Pattern.compile("(?iu)^(mehr zu(m)?( thema| inhalt)?|mehr themen"
            + "|das könnte (sie|dich) (auch )?interessieren|weitere (artikel|beiträge|informationen|infos|themen"
            + "|nachrichten|news)|siehe auch|zum weiterlesen|auch interessant|related( articles| posts| stories)?"
            + "|see also|you might also like|more from|comments?|kommentare?|leave a (reply|comment)"
            + "|über (den autor|die autorin)|about the author|kontakt|contact|teilen|share( this)?( article)?|newsletter"
            + "|articles? (similaires|liés)|(à )?lire aussi|voir aussi|leggi anche|potrebbe interessarti"
            + "|articoli correlati|preberite (tudi|še)|sorodni članki"
            + "|(entdecke |entdecken sie )?weitere \\p{L}+|(neueste|aktuelle|ähnliche|beliebte) (artikel|beiträge|news)"
            + "|keine kommentare|kommentieren|latest (articles|posts|news)|most read|popular posts"
            + "|quellen(angaben)?|sources|autoren|authors)\\b.{0,40}$");
    /**
     * A short question or call about the article itself ("Did you like this article?", "Was this post helpful?",
     * "Artikel gefallen? Dann teilen!"): a rating or sharing box that closes it.
     */
    private static final Pattern ABOUT_ARTICLE = Pattern.compile("(?iu)^.{0,40}\\b(artikel|beitrag|article|post"
            + "|articolo|artículo)s?\\b.{0,40}[?!]$");
    /** A label this short stands alone; a longer paragraph that opens with the same words is article text. */
    private static final int MAX_LABEL = 60;
    /**
     * Labels are looked for only past this share of the text: above it, the same words are a table of contents or
     * a box inside the article, and cutting there lost article text (on the public pages, cutting wherever a label
     * stands gave F1 0.925, past 60% of the text 0.927).
     */
    private static final double MIN_SHARE_BEFORE = 0.6;

    private ArticleEnd() {
    }

    /** @return {@code text} (paragraphs separated by blank lines) without the label that closes it and what follows */
    static String cut(String text) {
        int from = (int) (MIN_SHARE_BEFORE * text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            String p = text.substring(start, end).strip();
            if (start >= from && p.length() <= MAX_LABEL
                    && (LABEL.matcher(p).matches() || ABOUT_ARTICLE.matcher(p).matches())) {
                return text.substring(0, start).strip();
            }
            start = end + 2;
        }
        return text;
    }
}
