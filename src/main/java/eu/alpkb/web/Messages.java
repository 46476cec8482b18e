package eu.alpkb.web;

import io.javalin.http.Context;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the pages in one of the interface languages, from the resource bundles {@code messages*.properties}
 * beside this class, with the JDK's own date formats for that language. The language is the page's {@code hl}
 * parameter when it names one of them, else the best match of the browser's {@code Accept-Language}, else English.
 */
final class Messages {
    /** The interface languages, in the order the page offers them. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "sl");
    static final String BUNDLE = "eu.alpkb.web.messages";
    /** Without this control, a missing language would fall back to the JVM's default locale before English. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String lang;
    private final Locale locale;
    /** Dates and numbers: English as written in Europe ("14 March 2012"), not in the United States. */
    private final Locale formats;
    private final ResourceBundle bundle;

    private Messages(String lang) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.formats = lang.equals("en") ? Locale.UK : locale;
        // The JDK caches loaded bundles, so one of these per request costs a map lookup.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** @return the messages in {@code lang}, or in English when it is not an interface language */
    static Messages of(String lang) {
        return new Messages(lang != null && LANGUAGES.contains(lang) ? lang : "en");
    }

    /** @return the messages in the language the request asks for */
    static Messages of(Context ctx) {
        return of(language(ctx.queryParam(QueryLinks.HL), ctx.header("Accept-Language")));
    }

    /**
     * @param hl             the page's explicit choice, or null
     * @param acceptLanguage the browser's header, or null
     * @return the interface language to use
     */
    static String language(String hl, String acceptLanguage) {
        String chosen = chosen(hl);
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                // a malformed header is the browser's mistake: the page is still shown, in English
            }
        }
        return "en";
    }

    /** @return {@code hl} as an interface language when it names one, else null: the choice a page keeps in its links */
    static String chosen(String hl) {
        if (hl == null) {
            return null;
        }
        String code = hl.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(code) ? code : null;
    }

    String lang() {
        return lang;
    }

    /** @return the message {@code key}, with {@code args} put in its {@code {0}}, {@code {1}}... */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, formats).format(args);
    }

    /**
     * @return the text of {@code key} before and after its {@code {0}}, for a template that puts markup (a number in
     *         bold, a link) in that place and still escapes the words around it
     */
    List<String> around(String key) {
        String marker = "\u0000";
        String text = get(key, marker);
        int at = text.indexOf(marker);
        return at < 0 ? List.of(text, "") : List.of(text.substring(0, at), text.substring(at + marker.length()));
    }

    /** @return the explanation of a refusal in this language, or its English message when there are no words for it */
    String explain(eu.alpkb.search.Refusal refusal) {
        String key = "bad." + refusal.code();
        return refusal.code() != null && has(key) ? get(key, refusal.args().toArray()) : refusal.getMessage();
    }

    /**
     * @return a refusal's explanation for an API answer: its own message in English, which names the parameters as the
     *         API spells them, else its words in this language
     */
    String explainToClient(eu.alpkb.search.Refusal refusal) {
        return lang.equals("en") ? refusal.getMessage() : explain(refusal);
    }

    /**
     * @param code    a reason's code, or null
     * @param english its English words, shown when there is no code or no words for it
     * @param args    the values its words are made of
     * @return why a document was skipped or failed, in this language
     */
    String reason(String code, String english, List<Object> args) {
        if (code == null) {
            return english;
        }
        StringBuilder text = new StringBuilder();
        int used = 0;
        for (String part : code.split("\\+")) {
            String key = "reason." + part;
            if (!has(key)) {
                return english;
            }
            String pattern = bundle.getString(key);
            // A part takes as many values as its English words have places; the bundles' test holds every language
            // to the same places.
            int count = new MessageFormat(ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Messages.class.getClassLoader(),
                    NO_FALLBACK).getString(key)).getFormatsByArgumentIndex().length;
            if (used + count > args.size()) {
                return english;
            }
            text.append(new MessageFormat(pattern, formats).format(args.subList(used, used + count).toArray()));
            used += count;
        }
        return text.toString();
    }

    /** @return whether the bundles have {@code key}, for texts keyed by data (a dimension, a status) */
    boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** @return {@code date} as this language writes it in full ("4 décembre 2026"), or null */
    String date(LocalDate date) {
        if (date == null) {
            return null;
        }
        // The JDK's Slovenian pattern pads the day ("04. december"), which Slovenian text never does.
        DateTimeFormatter f = lang.equals("sl") ? DateTimeFormatter.ofPattern("d. MMMM y", formats)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(formats);
        return f.format(date);
    }

    /** @return {@code instant} as a date and a time of day in UTC, as this language writes them */
    String dateTime(Instant instant) {
        DateTimeFormatter f = lang.equals("sl") ? DateTimeFormatter.ofPattern("d. MMMM y 'ob' HH:mm", formats)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(formats);
        return f.withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }
}
