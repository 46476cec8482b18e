package eu.alpkb.enrich;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The days an event's date covers, at the precision the text gave it: {@code 2014-09-29} is one day, {@code 2014-09}
 * the whole of September, {@code 2014} the whole year. An event is found by a date range it overlaps.
 */
public record EventSpan(LocalDate first, LocalDate last) {
    /**
     * @return the days an event covers: from the first day of its date to the last day of its end when it has one
     *         (a congress of 1–2 October is found by a search for 2 October), or null without a date
     */
    public static EventSpan of(Event event) {
        EventSpan start = event == null ? null : of(event.date());
        if (start == null) {
            return null;
        }
        EventSpan end = of(event.end());
        return end == null || end.last().isBefore(start.last()) ? start : new EventSpan(start.first(), end.last());
    }

    /** @return the span of an ISO date, year-month or year, or null for anything else */
    public static EventSpan of(String date) {
        if (date == null) {
            return null;
        }
        try {
            return switch (date.length()) {
                case 10 -> {
                    LocalDate d = LocalDate.parse(date);
                    yield new EventSpan(d, d);
                }
                case 7 -> {
                    YearMonth m = YearMonth.parse(date);
                    yield new EventSpan(m.atDay(1), m.atEndOfMonth());
                }
                case 4 -> {
                    Year y = Year.parse(date);
                    yield new EventSpan(y.atDay(1), y.atMonth(12).atEndOfMonth());
                }
                default -> null;
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
