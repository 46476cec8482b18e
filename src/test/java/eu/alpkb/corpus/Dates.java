package eu.alpkb.corpus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Date wording in the site's four languages. Month names are spelled out here rather than taken from the JDK's
 * locale data, whose wording changes between Java versions and would make rebuilds differ.
 */
final class Dates {
    /** The partners publish from Central European time; pages give local times with their offset. */
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    /** Time of day used where a format needs one: the sources only know dates. */
    static final LocalTime PUBLISHED_AT = LocalTime.of(9, 0);

    private static final Map<String, List<String>> MONTHS = Map.of(
            "en", List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"),
            "it", List.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                    "settembre", "ottobre", "novembre", "dicembre"),
            "fr", List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                    "octobre", "novembre", "décembre"),
            "de", List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                    "Oktober", "November", "Dezember"));

    private Dates() {
    }

    private static String month(LocalDate d, String lang) {
        return MONTHS.getOrDefault(lang, MONTHS.get("en")).get(d.getMonthValue() - 1);
    }

    /** "30 September 2014", "30 settembre 2014", "1er septembre 2014", "30. September 2014". */
    static String longDate(LocalDate d, String lang) {
        int day = d.getDayOfMonth();
        return switch (lang) {
            case "de" -> day + ". " + month(d, lang) + " " + d.getYear();
            case "fr" -> (day == 1 ? "1er" : String.valueOf(day)) + " " + month(d, lang) + " " + d.getYear();
            default -> day + " " + month(d, lang) + " " + d.getYear();
        };
    }

    /** The long spelled-out line of the {@code text-long} style. */
    static String textLong(LocalDate d, String lang) {
        return switch (lang) {
            case "en" -> "On the " + ordinal(d.getDayOfMonth()) + " of " + month(d, lang) + " " + d.getYear();
            case "fr" -> "le " + longDate(d, lang);
            default -> longDate(d, lang);
        };
    }

    /** The line of the {@code text-numeric} style: "Posted on 30.09.2014" in the page's language. */
    static String textNumeric(LocalDate d, String lang) {
        String prefix = switch (lang) {
            case "it" -> "Pubblicato il ";
            case "fr" -> "Publié le ";
            case "de" -> "Veröffentlicht am ";
            default -> "Posted on ";
        };
        return prefix + d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    /** ISO date-time with the Central European offset of that day, e.g. {@code 2014-09-30T09:00:00+02:00}. */
    static String isoDateTime(LocalDate d) {
        return ZonedDateTime.of(d, PUBLISHED_AT, ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String ordinal(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return day + "th";
        }
        return day + switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
