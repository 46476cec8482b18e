package eu.alpkb.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Takes the site's name off a declared title, wherever the site sets it. */
final class SiteName {
    /** A run of separators between a title and the site's name; a colon counts only with a space before it. */
    private static final Pattern SEPARATOR_BEFORE = Pattern.compile("(?:\\s+:|\\s*[|»·•]|\\s+[-–—/]{1,2})[\\s|»·•:/\\-–—]*$");
    private static final Pattern SEPARATOR_AFTER = Pattern.compile("\\s*(?::|[|»·•]|\\s[-–—/]{1,2})[\\s|»·•:/\\-–—]*");
    /** A shorter site name ("ZDF") may stand inside a headline as a word of it. */
    private static final int MIN_SITE_NAME = 4;

    private SiteName() {
    }

    /**
     * "Headline | Site" without " | Site", "Site: Headline" without "Site: "; a dash inside a headline stays. The
     * site's name also goes with all that follows it ("Headline : Site | Motto | Since 2005") and when it spans
     * separators itself ("Headline - Site - Town" for a site named "Site - Town").
     */
    static String without(String title, Set<String> siteLike) {
        return withoutSiteNamePart(withoutSpelledSiteName(title, siteLike), siteLike);
    }

    /**
     * The title without the site's name where it stands whole: at its start before a separator, or after a separator
     * with all that follows it (the first such place counts).
     */
    private static String withoutSpelledSiteName(String title, Set<String> siteLike) {
        String lower = title.toLowerCase(Locale.ROOT);
        int cut = title.length();
        for (String site : siteLike) {
            if (site.length() < MIN_SITE_NAME) {
                continue;
            }
            int at = lower.indexOf(site);
            if (at == 0) {
                Matcher sep = SEPARATOR_AFTER.matcher(title).region(site.length(), title.length());
                if (sep.lookingAt() && sep.end() < title.length()) {
                    return withoutSpelledSiteName(title.substring(sep.end()).strip(), siteLike);
                }
            } else if (at > 0) {
                Matcher sep = SEPARATOR_BEFORE.matcher(title.substring(0, at));
                if (sep.find() && sep.start() > 0) {
                    cut = Math.min(cut, sep.start());
                }
            }
        }
        return title.substring(0, cut).strip();
    }

    /** The title without its first or last part when that part is the site's name. */
    private static String withoutSiteNamePart(String title, Set<String> siteLike) {
        Matcher m = Headline.SEPARATOR.matcher(title);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
        }
        if (lastStart < 0) {
            return title;
        }
        String head = title.substring(0, firstStart);
        if (siteLike.contains(Headline.norm(head)) && firstEnd < title.length()) {
            return title.substring(firstEnd).strip();
        }
        Matcher tail = Headline.SEPARATOR.matcher(title);
        String rest = title;
        if (tail.find(lastStart) && siteLike.contains(Headline.norm(title.substring(tail.end())))) {
            rest = title.substring(0, lastStart).strip();
        }
        return rest.isEmpty() ? title : rest;
    }
}
