package eu.alpkb.extract;

import eu.alpkb.ingest.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.ingest.FetchedResource;
import eu.alpkb.ingest.PageReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns an HTML page into an {@link ExtractedDocument}: title, main text without navigation, footers, cookie banners
 * and share widgets, summary, author, publication date, language, links and image descriptions.
 *
 * <p>After parsing, the page is walked twice: once for what its markup declares ({@link PageMarkup}), once for the
 * article's text ({@link ArticleText}).
 */
public final class HtmlExtractor implements PageReader {
    private static final int MAX_NESTING = 512;
    /**
     * A paragraph of the container at least this long is prose, not a menu or a teaser line: kept when Readability
     * left it out (a lead above the article's block, a second text block), measured F1 0.900 -> 0.910.
     */
    private static final int MIN_PROSE_PARAGRAPH = 100;
    /** How far after and before the headline its dateline is looked for, in characters of visible text. */
    private static final int DATE_AFTER_HEADLINE = 500;
    private static final int DATE_BEFORE_HEADLINE = 150;
    /** A shorter headline ("News") is found in too many places to say where the article starts. */
    private static final int MIN_HEADLINE_TO_FIND = 15;
    private static final int MAX_HEADLINE_OCCURRENCES = 5;
    /**
     * Below this share of the container's text, Readability has picked a fragment (a caption, a teaser, a login form), not
     * the article; measured 0.15 -> 0.25: F1 0.922 -> 0.923, higher shares add as many boilerplate as article snippets.
     */
    private static final double MIN_SHARE_OF_CONTAINER = 0.25;

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param bytes body of the page; its charset is taken from a BOM or meta tag, else UTF-8
     * @throws ExtractionException when the page holds no text at all
     */
    public ExtractedDocument extract(String url, byte[] bytes, String charsetHint) throws ExtractionException {
        // nobody crawls on from here: the page's links for a crawler are not collected
        return read(url, bytes, charsetHint, false).document();
    }

    /**
     * What the page holds, whatever its robots directives say: {@code noindex} is the index's policy, not a property
     * of the text, and the extraction of such a page is measured and inspected like any other.
     *
     * @throws ExtractionException when the page holds no text at all
     */
    public ExtractedDocument content(String url, byte[] bytes, String charsetHint) throws ExtractionException {
        return read(url, bytes, charsetHint, false).content();
    }

    /** Reads a page for its source and its extraction at once; see {@link #read(String, byte[], String)}. */
    @Override
    public ReadPage read(FetchedResource resource) {
        return read(resource.url(), resource.bytes(), HtmlCharset.fromContentType(resource.contentType()));
    }

    /**
     * Parses a page once and reads from it both what a crawler needs (links, canonical address, robots directives)
     * and the document; a page that cannot be indexed (no text, {@code noindex}) still gives its links. Never throws:
     * the crawler reads pages on its own thread, and one hostile page must not end a crawl.
     *
     * @param bytes body of the page; its charset is taken from a BOM or meta tag, else UTF-8
     */
    public ReadPage read(String url, byte[] bytes, String charsetHint) {
        return read(url, bytes, charsetHint, true);
    }

    private ReadPage read(String url, byte[] bytes, String charsetHint, boolean forSource) {
        try {
            return parseAndRead(url, bytes, charsetHint, forSource);
        } catch (RuntimeException | StackOverflowError e) {
            return ReadPage.unread(ExtractionException.failed(Reason.of("unexpectedError", "unexpected error: " + e, String.valueOf(e)), e));
        }
    }

    private ReadPage parseAndRead(String url, byte[] bytes, String charsetHint, boolean forSource) {
        Document doc;
        try {
            Parser parser = Parser.htmlParser();
            String charset = charsetHint != null ? charsetHint
                    : Objects.requireNonNullElse(HtmlCharset.declared(bytes), "UTF-8");
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, url, parser);
        } catch (IOException | IllegalArgumentException e) {
            return ReadPage.unread(ExtractionException.failed(Reason.of("unreadableHtml", "unreadable HTML: " + e.getMessage(), e.getMessage()), e));
        }
        PageMarkup markup = PageMarkup.of(doc);
        if (markup.depth() > MAX_NESTING) {
            return ReadPage.unread(ExtractionException.failed(Reason.of("htmlTooDeep",
                    "HTML nested deeper than " + MAX_NESTING + " levels", MAX_NESTING), null));
        }
        String canonical = markup.canonicalLink() == null ? "" : new HrefResolver().absolute(markup.canonicalLink());
        String robots = markup.meta("name", "robots");
        String directives = robots == null ? "" : robots.toLowerCase(Locale.ROOT);
        // before the extraction: Readability takes the page apart while it looks for the article
        List<String> links = forSource ? CrawlLinks.of(doc) : List.of();
        boolean nofollow = directives.contains("nofollow") || directives.contains("none");
        boolean noindex = directives.contains("noindex") || directives.contains("none");
        String declared = canonical.isEmpty() ? null : canonical;
        if (noindex && forSource) {
            // a crawler reads it for its links only: the work of extracting it would be thrown away
            return new ReadPage(links, declared, nofollow, true, null, null);
        }
        try {
            return new ReadPage(links, declared, nofollow, noindex, extract(url, doc, markup, declared), null);
        } catch (ExtractionException e) {
            return new ReadPage(links, declared, nofollow, noindex, null, e);
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug on one page: its links still lead on, and the run reports the page as failed
            return new ReadPage(links, declared, nofollow, noindex, null, ExtractionException.failed(
                    Reason.of("unexpectedError", "unexpected error: " + e, String.valueOf(e)), e));
        }
    }

    private ExtractedDocument extract(String url, Document doc, PageMarkup markup, String canonical)
            throws ExtractionException {
        List<JsonNode> jsonLd = jsonLd(markup.jsonLdScripts());
        // read before Readability takes the page apart; JSON-LD first, the page's microdata where it declares nothing
        List<JsonNode> microdata = Microdata.items(doc);
        DeclaredEvent declaredEvent = DeclaredEvent.of(jsonLd, DeclaredEvent.JSON_LD)
                .or(() -> DeclaredEvent.of(microdata, DeclaredEvent.MICRODATA)).orElse(null);
        String declaredLang = language(markup);
        String author = firstNonBlank(jsonLdText(jsonLd, "author"), markup.meta("name", "author"),
                markup.meta("property", "article:author"), markup.relAuthor(), markup.authorClass(), byline(markup));
        LocalDate metaDate = markupDate(markup, jsonLd);
        String headline = Headline.choose(markup.h1s(), markup.h2s(), markup.mainH2s(), List.of(nonNull(jsonLdText(jsonLd, "headline")),
                nonNull(markup.meta("property", "og:title")), nonNull(markup.meta("name", "twitter:title")), doc.title()),
                markup.meta("property", "og:site_name"), doc.title(), host(url), markup.logoHeadings());
        String description = firstNonBlank(markup.meta("name", "description"),
                markup.meta("property", "og:description"));

        // Read before Readability runs: it takes the page apart while it looks for the article
        ArticleText article = ArticleText.of(markup.articleContainer());
        String text = Normalizer.normalize(ArticleEnd.cut(mainText(url, doc, article)), Normalizer.Form.NFC);
        String title = firstNonBlank(headline, article.firstHeading(), cleanTitle(doc.title()));
        if (title == null) {
            title = lastSegment(url);
        }
        // one spelling for the same letters: a page may write "ড়" as one code point or as a letter and a dot, and a
        // query typed either way must find it
        title = Normalizer.normalize(title, Normalizer.Form.NFC);
        String declaredBody = declaredArticleBody(jsonLd);
        if (declaredBody != null && declaredBody.length() > DECLARED_BODY_FACTOR * text.length()) {
            // a page whose body a script fills in, or that Readability read only in part, declares the whole text
            text = Normalizer.normalize(declaredBody, Normalizer.Form.NFC);
        }
        if (description != null && text.length() < 3 * description.length() && !text.contains(description.strip())) {
            // a page whose body a script fills in (a video, a player) still describes itself, at more length than the
            // scrap of text read from it
            text = text.isBlank() ? description : description + "\n\n" + text;
        }
        if (text.isBlank()) {
            throw ExtractionException.skipped(Reason.of("noPageText", "page has no text content"));
        }
        // The dateline the reader sees under the headline is the page's own word on the article's date; declared
        // timestamps are often in UTC (a day off for a page published after 22:00 in Europe) or the CMS's record date
        LocalDate date = dateNearHeadline(markup, title);
        if (date == null) {
            date = DateFinder.labelled(markup.visibleText()).orElse(null); // "Datum: …", "Veröffentlicht am …"
        }
        if (date == null) {
            date = urlDate(url); // "/2020/01/13/slug": the day the CMS filed the article under
        }
        if (date == null) {
            date = metaDate;
        }
        if (date == null) {
            date = DateFinder.labelledUpdate(markup.visibleText()).orElse(null); // "Stand: …", "Aktualisiert: …"
        }
        if (date == null && !markup.h1s().isEmpty()) {
            // the headline's text again further down the page: a date found there may be a comment's or a teaser's,
            // so it comes after what the address and the markup declare
            date = dateAfterHeadlineText(markup.visibleText(), title);
        }
        if (date == null) {
            date = DateFinder.first(article.dateLines()).orElse(null);
        }
        if (date == null) {
            date = DateFinder.stated(text).orElse(null);
        }
        String withoutNotes = ArticleNotes.without(text);
        if (!withoutNotes.isBlank()) {
            text = withoutNotes;
        }
        String summary = firstNonBlank(description, firstParagraph(text, title));
        return new ExtractedDocument(url, canonical, title, text, summary, author, date, declaredLang, "text/html", 0,
                links(markup.anchors()), hints(markup, jsonLd), List.of(), declaredOrgs(jsonLd, microdata,
                        markup.meta("property", "og:site_name")), declaredEvent, declaredPeople(declaredEvent,
                        microdata));
    }

    /**
     * The people the structured data declares with a role: the speakers of the page's event, and the microdata
     * {@code Person} items of the page itself with a job title. JSON-LD's people on their own are left out: they are
     * the page's authors, set apart from its content.
     */
    private static List<DeclaredPerson> declaredPeople(DeclaredEvent event, List<JsonNode> microdata) {
        List<DeclaredPerson> out = new ArrayList<>(event == null ? List.of() : event.performers());
        for (JsonNode n : microdata) {
            String name = nameOf(n);
            String role = n.path("jobTitle").isTextual() ? n.get("jobTitle").asText().strip() : "";
            if ("Person".equals(n.path("@type").asText()) && name != null && !role.isEmpty()) {
                JsonNode works = n.get("worksFor");
                String org = works == null ? null : works.isTextual() ? works.asText().strip() : nameOf(works);
                out.add(new DeclaredPerson(name, role, org, DeclaredEvent.MICRODATA));
            }
        }
        return out;
    }

    /** The organisations declared in JSON-LD, then those declared only in microdata. */
    static Map<String, String> declaredOrgs(List<JsonNode> jsonLd, List<JsonNode> microdata, String siteName) {
        Map<String, String> out = new LinkedHashMap<>(declaredOrgs(jsonLd, siteName));
        declaredOrgs(microdata, siteName).forEach((name, how) -> out.putIfAbsent(name,
                how.replaceFirst("^JSON-LD", DeclaredEvent.MICRODATA)));
        return out;
    }

    /** schema.org types that are organisations. */
    private static final Set<String> ORGANISATION_TYPES = Set.of("Organization", "Corporation",
            "EducationalOrganization", "CollegeOrUniversity", "GovernmentOrganization", "NGO", "ResearchOrganization",
            "Consortium", "FundingScheme", "Project", "ResearchProject", "NewsMediaOrganization", "Cooperative");
    /** Properties whose organisation is what the page is about or who stands behind its content. */
    private static final List<String> ORGANISATION_ROLES = List.of("author", "about", "mainEntity", "organizer",
            "funder", "sponsor", "creator", "sourceOrganization");

    /**
     * The organisations the page's JSON-LD names as its author, its subject, the organiser of its event or the funder
     * of what it presents. The publisher and {@code og:site_name} name the site that carries the page (an archive, a
     * news portal), not what the page is about, so neither counts, and neither does an author that is the site
     * itself ("Site team"). An organisation item on its own counts only on a page that declares nothing else: a
     * graph of the page, its site and an organisation describes the site's owner.
     */
    static Map<String, String> declaredOrgs(List<JsonNode> nodes, String siteName) {
        Set<String> site = new LinkedHashSet<>();
        if (siteName != null && !siteName.isBlank()) {
            site.add(siteName.strip().toLowerCase(Locale.ROOT));
        }
        for (JsonNode n : nodes) {
            String publisher = nameOf(n.get("publisher"));
            if (publisher != null) {
                site.add(publisher.toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode n : nodes) {
            for (String role : ORGANISATION_ROLES) {
                JsonNode v = n.get(role);
                List<JsonNode> values = new ArrayList<>();
                if (v != null && v.isArray()) {
                    v.forEach(values::add);
                } else if (v != null) {
                    values.add(v);
                }
                for (JsonNode value : values) {
                    if (isOrganisation(value)) {
                        String name = nameOf(value);
                        if (name != null && !ofSite(name, site)) {
                            out.putIfAbsent(name, "JSON-LD " + role);
                        }
                    }
                }
            }
        }
        if (nodes.size() == 1 && isOrganisation(nodes.get(0))) {
            String name = nameOf(nodes.get(0));
            if (name != null && !ofSite(name, site)) {
                out.putIfAbsent(name, "JSON-LD " + nodes.get(0).get("@type").asText());
            }
        }
        return out;
    }

    private static boolean isOrganisation(JsonNode n) {
        if (n == null || !n.isObject() || !n.has("@type")) {
            return false;
        }
        JsonNode type = n.get("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ORGANISATION_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ORGANISATION_TYPES.contains(type.asText());
    }

    private static String nameOf(JsonNode n) {
        if (n == null || !n.isObject() || !n.has("name") || !n.get("name").isTextual()) {
            return null;
        }
        String name = n.get("name").asText().strip();
        return name.isEmpty() || name.length() > 150 ? null : name;
    }

    /** Whether a name is the site's own: its name, or its name with a word ("AlpClusters2020 team"). */
    private static boolean ofSite(String name, Set<String> site) {
        String lower = name.toLowerCase(Locale.ROOT);
        return site.stream().anyMatch(s -> lower.equals(s) || lower.startsWith(s + " ") || lower.endsWith(" " + s));
    }

    /**
     * The article's text: the block Readability scores as the article, read without the widgets {@link ArticleText}
     * passes over, followed by the container's long paragraphs it left out; the markup's article container when
     * Readability finds nothing or keeps only a scrap of it.
     */
    private static String mainText(String url, Document doc, ArticleText container) {
        String lead = ArticleLead.of(doc.body());
        List<String> ingredients = RecipeIngredients.of(doc.body());
        String text = blockText(url, doc, container);
        // a recipe's ingredients, set apart from its method, follow the lead
        StringBuilder missing = new StringBuilder();
        for (String line : ingredients) {
            if (!text.contains(line)) {
                missing.append(line).append('\n');
            }
        }
        if (missing.length() > 0) {
            text = missing + "\n" + text;
        }
        // the lead above the body, which Readability leaves out, opens the text
        return lead == null || text.contains(lead) ? text : lead + "\n\n" + text;
    }

    private static String blockText(String url, Document doc, ArticleText container) {
        Element content;
        try {
            // Readability drops class names, so what they mark as furniture is taken out before it runs
            ArticleText.removeFurniture(doc.body());
            ArticleText.keepClassNames(doc.body());
            content = new Readability4JExtended(url.strip(), doc).parse().getArticleContent();
        } catch (RuntimeException e) {
            // Readability fails on some malformed pages and addresses; the markup's container still holds the text
            content = null;
        }
        String fallback = container.text();
        if (content == null) {
            return fallback;
        }
        String text = ArticleText.of(content).text();
        if (text.length() < MIN_SHARE_OF_CONTAINER * fallback.length()) {
            return fallback;
        }
        // Only what stands before the block's last paragraph: past the article's end, long paragraphs are the
        // teasers of other articles and the blurbs under it, not a lead or a second text block
        String[] paragraphs = text.split("\n\n");
        int articleEnd = fallback.indexOf(paragraphs[paragraphs.length - 1]);
        StringBuilder more = new StringBuilder(text);
        int at = 0;
        for (String p : fallback.split("\n\n")) {
            boolean pastEnd = articleEnd >= 0 && at > articleEnd;
            at += p.length() + 2;
            if (!pastEnd && p.length() >= MIN_PROSE_PARAGRAPH && !text.contains(p)) {
                more.append("\n\n").append(p);
            }
        }
        return more.toString();
    }

    /**
     * The date written next to the headline, where sites put an article's dateline ("Title · April 19, 2019 · by X"):
     * the first date in the lines that follow the heading that carries the headline, else in the line before it.
     */
    private static LocalDate dateNearHeadline(PageMarkup markup, String headline) {
        List<String> h1s = markup.h1s();
        if (h1s.isEmpty()) {
            return dateAfterHeadlineText(markup.visibleText(), headline);
        }
        int heading = 0;
        for (int i = 0; i < h1s.size(); i++) {
            if (headline != null && h1s.get(i).contains(headline)) {
                heading = i;
                break;
            }
        }
        Optional<LocalDate> after = DateFinder.statedNearHeadline(markup.aroundHeading(heading, 0, DATE_AFTER_HEADLINE));
        if (after.isPresent()) {
            return after.get();
        }
        return DateFinder.statedNearHeadline(markup.aroundHeading(heading, DATE_BEFORE_HEADLINE, 0)).orElse(null);
    }

    /**
     * The first date written just after the headline where it stands in the page's text (a headline set as h2), else
     * in the line just before it.
     */
    private static LocalDate dateAfterHeadlineText(String visibleText, String headline) {
        if (headline == null || headline.length() < MIN_HEADLINE_TO_FIND) {
            return null;
        }
        String text = visibleText.replaceAll("[ \\t\\x0B\\f\\r\\u00a0]+", " ");
        String h = headline.replaceAll("\\s+", " ").strip();
        int from = 0;
        int first = -1;
        for (int n = 0; n < MAX_HEADLINE_OCCURRENCES; n++) {
            int at = text.indexOf(h, from);
            if (at < 0) {
                break;
            }
            first = first < 0 ? at : first;
            int end = at + h.length();
            Optional<LocalDate> d = DateFinder.statedNearHeadline(text.substring(end, Math.min(text.length(), end + DATE_AFTER_HEADLINE)));
            if (d.isPresent()) {
                return d.get();
            }
            from = end;
        }
        return first < 0 ? null
                : DateFinder.statedNearHeadline(text.substring(Math.max(0, first - DATE_BEFORE_HEADLINE), first)).orElse(null);
    }

    private static String firstParagraph(String text, String title) {
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            String p = text.substring(start, end).strip();
            if (p.length() >= 60 && !p.equals(title)) {
                int cut = p.lastIndexOf(' ', 300);
                return p.length() > 300 ? p.substring(0, cut > 0 ? cut : 300) + " …" : p;
            }
            start = end + 2;
        }
        return "";
    }

    private List<JsonNode> jsonLd(List<String> scripts) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String script : scripts) {
            try {
                JsonNode node = json.readTree(script);
                if (node == null) {
                    continue;
                }
                if (node.isArray()) {
                    node.forEach(nodes::add);
                } else if (node.has("@graph")) {
                    node.get("@graph").forEach(nodes::add);
                } else {
                    nodes.add(node);
                }
            } catch (IOException e) {
                // Broken JSON-LD is common on real sites; the page's other markup still counts.
            }
        }
        return nodes;
    }

    /**
     * The article's text as JSON-LD declares it ({@code articleBody}), as plain text with its paragraphs; null when
     * the page declares none.
     */
    private static String declaredArticleBody(List<JsonNode> nodes) {
        String body = jsonLdText(nodes, "articleBody");
        if (body == null || body.isBlank()) {
            return null;
        }
        String marked = body.replaceAll("(?i)<br\\s*/?>|</p>|</h\\d>|</li>", "\n\n");
        StringBuilder out = new StringBuilder();
        for (String p : marked.split("\n\\s*\n|\n")) {
            String t = Jsoup.parse(p).text().strip();
            if (!t.isEmpty()) {
                out.append(t).append("\n\n");
            }
        }
        return out.toString().strip();
    }

    private static String jsonLdText(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
            if (v != null && v.isObject() && v.has("name")) {
                return v.get("name").asText();
            }
            if (v != null && v.isArray() && v.size() > 0) {
                JsonNode first = v.get(0);
                return first.isObject() && first.has("name") ? first.get("name").asText() : first.asText();
            }
        }
        return null;
    }

    /** A year, month and day as path segments of an address ("/2020/01/13/", "/2019/8/2/"). */
    /** A declared article body this many times longer than the text read from the page replaces it. */
    private static final int DECLARED_BODY_FACTOR = 2;

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?=/)");

    /** A whole path segment that is a day, month and year ("/news/29-10-2021"), as European sites name a notice. */
    private static final Pattern URL_DAY_FIRST = Pattern.compile(
            "/(0?[1-9]|[12]\\d|3[01])-(0?[1-9]|1[0-2])-((?:19|20)\\d{2})(?=[/?#]|$)");

    private static LocalDate urlDate(String url) {
        java.util.regex.Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = URL_DAY_FIRST.matcher(url);
        return m.find() ? day(m.group(3), m.group(2), m.group(1)) : null;
    }

    private static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null; // "/2021/02/30/" is no day
        }
    }

    private static LocalDate markupDate(PageMarkup markup, List<JsonNode> jsonLd) {
        List<String> candidates = new ArrayList<>();
        candidates.add(jsonLdText(jsonLd, "datePublished"));
        candidates.add(jsonLdText(jsonLd, "dateCreated"));
        candidates.add(markup.meta("property", "article:published_time"));
        for (String name : List.of("article:published_time", "date", "dc.date", "dcterms.date")) {
            candidates.add(markup.meta("name", name));
        }
        candidates.add(markup.itempropPublished());
        candidates.add(markup.meta("name", "pubdate"));
        candidates.add(markup.meta("name", "publication_date"));
        candidates.add(markup.firstTimeDatetime());
        for (String c : candidates) {
            Optional<LocalDate> d = DateFinder.parseIso(c);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(by|von|di|da|par|door|written by|autore|auteur|autor)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);

    /** "By Regione Piemonte", "Von AlpClusters2020 team": the visible byline without its lead word. */
    private static String byline(PageMarkup markup) {
        Element el = markup.byline();
        if (el == null) {
            return null;
        }
        String text = BYLINE_PREFIX.matcher(el.text().strip()).replaceFirst("");
        return text.isBlank() || text.length() > 120 || DateFinder.first(text).isPresent() ? null : text;
    }

    private static String language(PageMarkup markup) {
        String lang = firstNonBlank(markup.htmlLang(), markup.meta("http-equiv", "content-language"));
        if (lang == null) {
            return null;
        }
        String primary = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    private static List<String> hints(PageMarkup markup, List<JsonNode> jsonLd) {
        Set<String> hints = new LinkedHashSet<>();
        String ogType = markup.meta("property", "og:type");
        if (ogType != null) {
            hints.add(ogType);
        }
        for (JsonNode n : jsonLd) {
            if (n.has("@type")) {
                hints.add(n.get("@type").asText());
            }
        }
        hints.addAll(markup.breadcrumbs());
        String section = markup.meta("property", "article:section");
        if (section != null) {
            hints.add(section);
        }
        hints.removeIf(String::isBlank);
        return new ArrayList<>(hints);
    }

    /**
     * Resolves every link against the page's base address, parsed once: jsoup's {@code abs:href} parses the base again
     * and runs two regular expressions per link, which made link collection the costliest step of extraction.
     */
    private static List<String> links(List<Element> anchors) {
        Set<String> out = new LinkedHashSet<>();
        HrefResolver resolver = new HrefResolver();
        for (Element a : anchors) {
            String href = resolver.absolute(a);
            if (startsWithIgnoreCase(href, "http://") || startsWithIgnoreCase(href, "https://")) {
                out.add(href);
            }
        }
        return new ArrayList<>(out);
    }

    /** Resolves the {@code href} of a page's elements, parsing each distinct base address once. */
    private static final class HrefResolver {
        private String baseText;
        private URL base;

        /** @return the element's address made absolute, or "" when it cannot be */
        String absolute(Element element) {
            String href = withoutControlChars(element.attr("href")).strip();
            if (startsWithIgnoreCase(href, "http://") || startsWithIgnoreCase(href, "https://")) {
                return href;
            }
            if (!element.baseUri().equals(baseText)) { // a <base href> can change it, so compare rather than assume
                baseText = element.baseUri();
                base = parseUrl(baseText);
            }
            return resolve(base, href);
        }
    }

    private static URL parseUrl(String url) {
        try {
            return url == null || url.isEmpty() ? null : new URL(url);
        } catch (MalformedURLException e) {
            return null; // a page read from a file name without scheme: relative links stay unresolved
        }
    }

    /** @return {@code href} resolved against {@code base} as a browser would, or "" when it cannot be */
    private static String resolve(URL base, String href) {
        if (base == null || href.isEmpty()) {
            return "";
        }
        try {
            String rel = href.startsWith("?") ? base.getPath() + href : href;
            String abs = new URL(base, rel).toExternalForm();
            // "/../x" above the root means "/x", as in browsers
            return abs.contains("/../") ? abs.replaceFirst("^(https?://[^/]*)(/\\.\\.)+(?=/)", "$1") : abs;
        } catch (MalformedURLException | IllegalArgumentException e) {
            return ""; // not a usable address (javascript:, broken escapes): not a link to follow
        }
    }

    private static String withoutControlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return s.replaceAll("[\\x00-\\x1f]", "");
            }
        }
        return s;
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static String cleanTitle(String title) {
        if (title == null) {
            return null;
        }
        // "Item title | Site name" and "Item title – Site name": the site name is not the document's title.
        String[] parts = title.split("\\s+[|–—]\\s+|\\s+-\\s+");
        return parts.length > 1 ? parts[0].strip() : title.strip();
    }

    private static String lastSegment(String url) {
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String host(String url) {
        URL u = parseUrl(url);
        return u == null ? null : u.getHost();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
