package eu.alpkb.extract;

import java.util.regex.Pattern;

/**
 * Lines inside an article's block that are the page's notes about it, not its text: an advertisement's label, a
 * labelled line of metadata ("Kategorie: News", "Aktualisiert: 11.04.2020"), a lone link back to the listing, and a
 * figure's caption ("Abbildung 4: …"). They are taken out after the date is read, as a dated line may be the only
 * date a page states.
 */
final class ArticleNotes {
    private static final Pattern NOTE = Pattern.compile("(?iu)^(?:"
            // an advertisement's label standing alone
            + "[-–(\\s]*(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|sponsored)[-–)\\s]*"
            // a labelled line of metadata with a short value
            + "|(?:aktualisiert|publiziert|veröffentlicht(?: am)?|veröffentlichung|erstellt(?: am)?|kategorien?|rubrik"
            + "|von|updated|published|posted(?: in| on)?|categor(?:y|ies)|tags|schlagwörter|schlagworte)\\s*:.{0,50}"
            // a lone link back to the listing
            + "|(?:zurück|zurück zur (?:übersicht|listenansicht|startseite)|back(?: to (?:top|overview))?|retour"
            + "|volver)"
            // a permanent link, a blog's filing line, a rating not yet given, a download of the page itself
            + "|(?:permalink|permalien)\\b.{0,80}|this entry was posted\\b.{0,100}"
            + "|\\(?(?:noch )?keine bewertungen\\)?|\\(?no ratings yet\\)?|.{0,40}als pdf herunterladen"
            // the placeholder of an embedded player or map that waits for the reader's consent
            + "|externer inhalt|klicken sie auf den (?:unteren )?button, um den inhalt .{0,80} zu laden\\.?"
            // a call to subscribe to a newsletter
            + "|.{0,60}\\b(?:newsletter|sign up|subscribe)\\b.{0,60}"
            // a gallery's buttons, a widget still loading
            + "|(?:(?:bild|foto|image|photo) (?:anzeigen|schließen|vergrößern|öffnen)\\s*)+|loading\\.*|wird geladen\\.*"
            // how to cite the article, a call to support the site that published it
            + "|(?:suggested citation|zitiervorschlag|zitierweise)\\b.{0,300}"
            + "|if you (?:enjoyed|liked|like) (?:reading )?this (?:post|article)\\b.{0,200}"
            + "|wenn (?:dir|ihnen) (?:dieser|der) (?:artikel|beitrag) gefallen hat\\b.{0,200}"
            // a figure's caption
            + "|(?:abbildung|abb\\.|figure|fig\\.)\\s*\\d*\\s*:.{0,200}"
            + ")$");

    private ArticleNotes() {
    }

    /** @return {@code text} without its lines that are notes about the article */
    static String without(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!NOTE.matcher(line.strip()).matches()) {
                out.append(line).append('\n');
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
