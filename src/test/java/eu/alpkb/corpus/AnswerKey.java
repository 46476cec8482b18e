package eu.alpkb.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code corpus/answers.json}: what the service should find for each page and file, used to grade extraction and
 * tagging. The values come from the sources, never from the pages, so a page that hides its language or date still
 * has the true one here.
 */
final class AnswerKey {
    static final String INDEXED = "indexed";
    /** Files the service must fetch but cannot index, such as a scan without a text layer. */
    static final String SKIPPED = "skipped";
    /** Pages robots.txt and the folder source exclude; finding one in the index is a failure. */
    static final String NEVER_INDEXED = "never-indexed";

    private AnswerKey() {
    }

    /**
     * One graded page or file. Null fields are left out of the JSON, and so are empty people, events and orgs: most
     * pages have none, and a line per page should stay readable.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"path", "source", "title", "type", "date", "lang", "regions", "sectors", "people", "events",
            "orgs", "expect"})
    record Answer(String path, String source, String title, String type, String date, String lang,
                  List<String> regions, List<String> sectors, List<Facts.Person> people, List<Facts.Event> events,
                  List<String> orgs, String expect) {
    }

    static Answer of(Entry e) {
        List<Facts.Person> people = new ArrayList<>();
        if (e.interviewee() != null) {
            people.add(e.interviewee());
        }
        people.addAll(e.facts().people());
        return new Answer(e.path(), e.source(), Inline.plain(e.title()), e.type(),
                e.date() == null ? null : e.date().toString(), e.lang(), e.regions(), e.sectors(), orNull(people),
                orNull(e.facts().events()), orNull(e.facts().orgs()), INDEXED);
    }

    static Answer of(SourceDocument d) {
        return new Answer(d.path(), d.source(), d.title(), "publication", d.created().toString(), d.lang(),
                d.regions(), d.sectors(), orNull(d.facts().people()), orNull(d.facts().events()),
                orNull(d.facts().orgs()), d.format() == DocumentFormat.SCANNED_PDF ? SKIPPED : INDEXED);
    }

    private static <T> List<T> orNull(List<T> list) {
        return list.isEmpty() ? null : List.copyOf(list);
    }

    /**
     * The answers sorted by path, as UTF-8 JSON with one answer per line: compact enough to read, and a changed page
     * shows up as one changed line in a diff.
     */
    static byte[] json(List<Answer> answers) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Answer a : answers.stream().sorted(Comparator.comparing(Answer::path)).toList()) {
            lines.add("  " + mapper.writeValueAsString(a));
        }
        return ("{\"items\": [\n" + String.join(",\n", lines) + "\n]}\n").getBytes(StandardCharsets.UTF_8);
    }
}
