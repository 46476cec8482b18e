package eu.alpkb.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code corpus/src/}: items, records and documents, each a Markdown file with YAML front matter. Every problem
 * is collected with its file and field, so that one run reports all of them instead of stopping at the first.
 */
final class Sources {
    static final Set<String> LANGUAGES = Set.of("en", "it", "fr", "de");
    static final Set<String> ITEM_SECTIONS = Set.of("news", "interviews", "events", "alpcafes", "conference-reports",
            "publications");
    static final Set<String> ITEM_TYPES = Set.of("news", "interview", "event", "event-report", "conference-report",
            "call", "publication");
    /** Documents separate their pages with this line. */
    static final String PAGE_BREAK = "<<<page>>>";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final List<String> problems = new ArrayList<>();

    /** Everything the site is built from, each list sorted by source file name. */
    record Corpus(List<Entry> items, List<Entry> records, List<SourceDocument> documents) {
    }

    /** Thrown when sources are missing fields or hold values the site cannot show. */
    static final class SourceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SourceException(List<String> problems) {
            super(problems.size() + " problem(s) in the sources:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * @param corpus the corpus folder, holding {@code src/}
     * @throws SourceException listing every invalid file and field
     */
    static Corpus load(Path corpus) throws IOException {
        Sources s = new Sources();
        List<Entry> items = new ArrayList<>();
        for (Path p : markdown(corpus.resolve("src/items"))) {
            s.entry(corpus, p, false, items);
        }
        List<Entry> records = new ArrayList<>();
        for (Path p : markdown(corpus.resolve("src/records"))) {
            s.entry(corpus, p, true, records);
        }
        List<SourceDocument> documents = new ArrayList<>();
        for (Path p : markdown(corpus.resolve("src/documents"))) {
            s.document(corpus, p, documents);
        }
        if (!s.problems.isEmpty()) {
            throw new SourceException(s.problems);
        }
        return new Corpus(List.copyOf(items), List.copyOf(records), List.copyOf(documents));
    }

    private static List<Path> markdown(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            // Sorted by name: the build must not depend on the order the file system lists files in.
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    /** Front matter and body of one source file. */
    private record Parsed(JsonNode meta, String body) {
    }

    private Parsed parse(Path file, String rel) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n")) {
            problems.add(rel + ": no YAML front matter (the file must start with a line ---)");
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            problems.add(rel + ": front matter is not closed by a line ---");
            return null;
        }
        try {
            JsonNode meta = yaml.readTree(text.substring(4, end + 1));
            if (meta == null || !meta.isObject()) {
                problems.add(rel + ": front matter is not a YAML mapping");
                return null;
            }
            return new Parsed(meta, text.substring(Math.min(text.length(), end + 5)));
        } catch (IOException e) {
            problems.add(rel + ": front matter is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    private void entry(Path corpus, Path file, boolean record, List<Entry> out) throws IOException {
        String rel = corpus.relativize(file).toString().replace('\\', '/');
        Parsed p = parse(file, rel);
        if (p == null) {
            return;
        }
        JsonNode m = p.meta();
        int before = problems.size();
        String fileName = file.getFileName().toString().replaceFirst("\\.md$", "");
        String slug = fileName.replaceFirst("^\\d{3}-", "");
        String title = text(m, "title", rel, true);
        String type = text(m, "type", rel, true);
        String lang = text(m, "lang", rel, true);
        String section = text(m, "section", rel, false);
        if (record) {
            String expected = "organisation".equals(type) ? "organisations" : "projects";
            if (section == null) {
                section = expected;
            } else if (!section.equals(expected)) {
                problems.add(rel + ": section '" + section + "' does not match type '" + type + "'");
            }
            if (type != null && !Set.of("project-record", "organisation").contains(type)) {
                problems.add(rel + ": type must be project-record or organisation, not '" + type + "'");
            }
        } else {
            if (section == null || !ITEM_SECTIONS.contains(section)) {
                problems.add(rel + ": section must be one of " + ITEM_SECTIONS + ", not '" + section + "'");
            }
            if (type != null && !ITEM_TYPES.contains(type)) {
                problems.add(rel + ": type must be one of " + ITEM_TYPES + ", not '" + type + "'");
            }
        }
        if (lang != null && !LANGUAGES.contains(lang)) {
            problems.add(rel + ": lang must be one of " + LANGUAGES + ", not '" + lang + "'");
        }
        LocalDate date = date(m, "date", rel, !record);
        DateMarkup markup = null;
        String markupKey = text(m, "date_markup", rel, !record);
        if (markupKey != null) {
            markup = DateMarkup.of(markupKey).orElse(null);
            if (markup == null) {
                problems.add(rel + ": date_markup '" + markupKey + "' is not one of time, meta, jsonld, text-numeric,"
                        + " text-long");
            }
        }
        if (markup != null && date == null) {
            problems.add(rel + ": date_markup needs a date");
        }
        Facts.Person interviewee = null;
        JsonNode who = m.get("interviewee");
        if (who != null && !who.isNull()) {
            interviewee = person(who, rel, "interviewee");
        }
        Facts facts = facts(m, rel);
        String body = p.body().strip();
        if (body.isEmpty()) {
            problems.add(rel + ": body is empty");
        }
        if (problems.size() > before) {
            return;
        }
        out.add(new Entry(rel, fileName, slug, record, title, date, type, lang, section, markup,
                text(m, "author", rel, false), orEmpty(text(m, "summary", rel, !record)), list(m, "regions", rel),
                list(m, "sectors", rel), interviewee, list(m, "attachments", rel), text(m, "record_id", rel, false),
                Block.parse(body), facts));
    }

    private void document(Path corpus, Path file, List<SourceDocument> out) throws IOException {
        String rel = corpus.relativize(file).toString().replace('\\', '/');
        Parsed p = parse(file, rel);
        if (p == null) {
            return;
        }
        JsonNode m = p.meta();
        int before = problems.size();
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        String formatKey = text(m, "format", rel, true);
        DocumentFormat format = formatKey == null ? null : DocumentFormat.of(formatKey).orElse(null);
        if (formatKey != null && format == null) {
            problems.add(rel + ": format must be pdf, scanned-pdf, docx or odt, not '" + formatKey + "'");
        }
        String outName = text(m, "file", rel, true);
        if (outName != null && !outName.matches("[a-z0-9][a-z0-9._-]*\\.(pdf|docx|odt)")) {
            problems.add(rel + ": file '" + outName + "' must be a plain lowercase name ending in .pdf, .docx or .odt");
        }
        String lang = text(m, "lang", rel, true);
        if (lang != null && !LANGUAGES.contains(lang)) {
            problems.add(rel + ": lang must be one of " + LANGUAGES + ", not '" + lang + "'");
        }
        String title = text(m, "title", rel, true);
        LocalDate created = date(m, "created", rel, true);
        Facts facts = facts(m, rel);
        List<List<Block>> pages = new ArrayList<>();
        for (String page : p.body().split("(?m)^\\s*" + java.util.regex.Pattern.quote(PAGE_BREAK) + "\\s*$")) {
            if (!page.isBlank()) {
                pages.add(Block.parse(page.strip()));
            }
        }
        if (pages.isEmpty()) {
            problems.add(rel + ": body is empty");
        }
        if (problems.size() > before) {
            return;
        }
        out.add(new SourceDocument(rel, name, outName, format, title, text(m, "author", rel, false), created, lang,
                list(m, "linked_from", rel), list(m, "regions", rel), list(m, "sectors", rel), pages, facts));
    }

    /** The {@code people}, {@code events} and {@code orgs} keys: what the text states, for the answer key. */
    private Facts facts(JsonNode m, String rel) {
        List<Facts.Person> people = new ArrayList<>();
        for (JsonNode p : objects(m, "people", rel)) {
            Facts.Person person = person(p, rel, "people");
            if (person != null) {
                people.add(person);
            }
        }
        List<Facts.Event> events = new ArrayList<>();
        for (JsonNode e : objects(m, "events", rel)) {
            String name = text(e, "name", rel + ": events", true);
            String start = text(e, "start", rel + ": events", false);
            String end = text(e, "end", rel + ": events", false);
            for (String d : new String[] {start, end}) {
                if (d != null && !d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    problems.add(rel + ": event date '" + d + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
                }
            }
            if (end != null && (start == null || end.compareTo(start) < 0)) {
                problems.add(rel + ": event '" + name + "' ends before it starts");
            }
            if (name != null) {
                events.add(new Facts.Event(name, start, end, text(e, "place", rel + ": events", false),
                        text(e, "organiser", rel + ": events", false)));
            }
        }
        return new Facts(people, events, list(m, "orgs", rel));
    }

    private Facts.Person person(JsonNode p, String rel, String field) {
        if (!p.isObject() || !p.hasNonNull("name")) {
            problems.add(rel + ": every " + field + " entry needs a name");
            return null;
        }
        return new Facts.Person(text(p, "name", rel, true), text(p, "role", rel, false), text(p, "org", rel, false));
    }

    /** A list of mappings, such as {@code people: [{name: ...}]}. */
    private List<JsonNode> objects(JsonNode m, String field, String rel) {
        JsonNode v = m.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(rel + ": field '" + field + "' must be a list");
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (e.isObject()) {
                out.add(e);
            } else {
                problems.add(rel + ": field '" + field + "' holds a value that is not a mapping");
            }
        }
        return out;
    }

    private String text(JsonNode m, String field, String rel, boolean required) {
        JsonNode v = m.get(field);
        if (v == null || v.isNull() || (v.isValueNode() && v.asText().isBlank())) {
            if (required) {
                problems.add(rel + ": missing field '" + field + "'");
            }
            return null;
        }
        if (!v.isValueNode()) {
            problems.add(rel + ": field '" + field + "' must be a single value");
            return null;
        }
        return v.asText().strip();
    }

    private LocalDate date(JsonNode m, String field, String rel, boolean required) {
        String s = text(m, field, rel, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            problems.add(rel + ": field '" + field + "' is not an ISO date (YYYY-MM-DD): '" + s + "'");
            return null;
        }
    }

    private List<String> list(JsonNode m, String field, String rel) {
        JsonNode v = m.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isValueNode()) {
            // A single value written without brackets is still meant as a list of one.
            return v.asText().isBlank() ? List.of() : List.of(v.asText().strip());
        }
        if (!v.isArray()) {
            problems.add(rel + ": field '" + field + "' must be a list");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isValueNode() || e.asText().isBlank()) {
                problems.add(rel + ": field '" + field + "' holds an empty or nested value");
            } else {
                out.add(e.asText().strip());
            }
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
