package eu.alpkb.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event a page's structured data declares: a schema.org {@code Event} (or one of its kinds, "BusinessEvent",
 * "EducationEvent"...) in JSON-LD or microdata, with only what the markup states.
 *
 * @param name       its name, or null
 * @param start      ISO date of its first day at the precision declared ({@code 2015-03-18}, {@code 2015-03}), or null
 * @param end        ISO date of its last day, or null
 * @param place      the location's name and address as one line ("Haus der Wirtschaft, Stuttgart, DE"), or null; an
 *                   online event has none
 * @param organiser  the name of its organiser, or null
 * @param performers the people declared as speaking or performing at it
 * @param how        {@link #JSON_LD} or {@link #MICRODATA}
 */
public record DeclaredEvent(String name, String start, String end, String place, String organiser,
                            List<DeclaredPerson> performers, String how) {
    public static final String JSON_LD = "JSON-LD";
    public static final String MICRODATA = "microdata";

    /** A date and time as schema.org writes it; the time and zone say nothing about the day they start on. */
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    public DeclaredEvent {
        performers = performers == null ? List.of() : List.copyOf(performers);
    }

    /** @return the words of the markup that state it, as evidence: "JSON-LD Event: name; 2015-03-18; place" */
    public String evidence() {
        StringBuilder sb = new StringBuilder(how).append(" Event:");
        for (String part : new String[] {name, start == null ? null : end == null ? start : start + " – " + end,
                place, organiser == null ? null : "organizer " + organiser}) {
            if (part != null) {
                sb.append(sb.charAt(sb.length() - 1) == ':' ? " " : "; ").append(part);
            }
        }
        return sb.toString();
    }

    /**
     * @param nodes the page's items (JSON-LD or microdata read as JSON-LD)
     * @param how   which markup they are
     * @return the one event the page declares; empty when it declares none, or several (a calendar or a listing
     *         declares many, and none of them is what the page is about)
     */
    static Optional<DeclaredEvent> of(List<JsonNode> nodes, String how) {
        List<DeclaredEvent> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode n : nodes) {
            if (isEvent(n)) {
                DeclaredEvent e = read(n, how);
                if ((e.start() != null || e.name() != null) && seen.add(e.name() + "|" + e.start())) {
                    found.add(e);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    static boolean isEvent(JsonNode n) {
        if (n == null || !n.isObject() || !n.has("@type")) {
            return false;
        }
        JsonNode type = n.get("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().endsWith("Event")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().endsWith("Event");
    }

    private static DeclaredEvent read(JsonNode n, String how) {
        List<DeclaredPerson> performers = new ArrayList<>();
        for (String prop : List.of("performer", "performers")) {
            for (JsonNode p : values(n.get(prop))) {
                String name = name(p);
                if (name != null && p.isObject() && "Person".equals(p.path("@type").asText())) {
                    performers.add(new DeclaredPerson(name, text(p.get("jobTitle")), name(first(p.get("worksFor"))),
                            how));
                }
            }
        }
        return new DeclaredEvent(text(n.get("name")), date(text(n.get("startDate"))), date(text(n.get("endDate"))),
                place(first(n.get("location"))), name(first(n.get("organizer"))), performers, how);
    }

    /** @return an ISO date, month or year from a schema.org date-time, or null */
    static String date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (!m.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            out.append('-').append(m.group(2));
            if (m.group(3) != null) {
                out.append('-').append(m.group(3));
            }
        }
        return out.toString();
    }

    /** The location as one line: a text, or a place's name and its address; none for an online event. */
    private static String place(JsonNode location) {
        if (location == null) {
            return null;
        }
        if (location.isTextual()) {
            return blankToNull(location.asText());
        }
        if (location.path("@type").asText().equals("VirtualLocation")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        add(parts, text(location.get("name")));
        JsonNode address = first(location.get("address"));
        if (address != null && address.isTextual()) {
            add(parts, address.asText());
        } else if (address != null) {
            for (String field : List.of("streetAddress", "addressLocality", "addressRegion", "addressCountry")) {
                JsonNode v = address.get(field);
                add(parts, v != null && v.isObject() ? text(v.get("name")) : text(v));
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void add(List<String> parts, String value) {
        if (value != null && !parts.contains(value)) {
            parts.add(value);
        }
    }

    private static List<JsonNode> values(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        } else if (v != null) {
            out.add(v);
        }
        return out;
    }

    private static JsonNode first(JsonNode v) {
        return v != null && v.isArray() ? (v.isEmpty() ? null : v.get(0)) : v;
    }

    private static String name(JsonNode v) {
        if (v == null) {
            return null;
        }
        return v.isTextual() ? blankToNull(v.asText()) : text(v.get("name"));
    }

    private static String text(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : text(v.get(0));
        }
        return v.isValueNode() ? blankToNull(v.asText()) : null;
    }

    private static String blankToNull(String s) {
        String stripped = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return stripped.isEmpty() || stripped.length() > 300 ? null : stripped;
    }
}
