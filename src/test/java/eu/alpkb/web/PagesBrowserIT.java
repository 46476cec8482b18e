package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.alpkb.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (headless Chromium) against a real server: searching, multi-select facets,
 * paging, the document page, the admin page with a reindex watched to its end, and the script-titled document
 * shown as text. Screenshots land in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserIT {
    @TempDir
    static Path tmp;
    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = PageFixtures.start(tmp);
        browser = Browser.start(tmp.resolve("profile"), true);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void no_page_broke_the_content_security_policy_or_raised_an_error() {
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught")).toList();
        assertThat(problems).isEmpty();
    }

    static void open(String pathAndQuery) {
        browser.get(server.base() + pathAndQuery);
    }

    static <T> T waitFor(Function<WebDriver, T> condition) {
        // the page swaps its results in place, so an element found a moment ago may be gone: look again
        return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    static String heading() {
        return browser.findElement(By.id("results-heading")).getText();
    }

    static int total() {
        String h = heading();
        return h.startsWith("No results") ? 0 : Integer.parseInt(h.replaceAll("(?s).* of (\\d+).*", "$1"));
    }

    static String count(String inputId) {
        // textContent, not getText(): a folded region's count is hidden but still there
        return browser.findElement(By.cssSelector("label[for=" + inputId + "] .count")).getAttribute("textContent")
                .strip().split("\\s")[0];
    }

    /** Ticks a facet checkbox, unfolding its parent first when it is hidden in a closed disclosure. */
    static void tick(String inputId) {
        WebElement box = browser.findElement(By.id(inputId));
        if (!box.isDisplayed()) {
            WebElement details = box.findElement(By.xpath("ancestor::details[1]"));
            details.findElement(By.tagName("summary")).click();
        }
        browser.findElement(By.id(inputId)).click();
    }

    @Test
    @Order(1)
    void a_search_and_two_region_facets_update_counts_results_and_the_address_in_place() {
        open("/");
        browser.executeScript("window.sameDocument = true;");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("cluster");
        q.sendKeys(Keys.ENTER);
        waitFor(d -> heading().contains("for “cluster”"));
        assertThat(browser.getCurrentUrl()).endsWith("/?q=cluster");
        int all = total();
        String newsBefore = count("f-type-news");
        String lombardyBefore = count("f-region-ITC4");

        tick("f-region-ITC1");
        waitFor(d -> d.getCurrentUrl().endsWith("/?q=cluster&region=ITC1"));
        waitFor(d -> !heading().endsWith(all + " for “cluster”"));
        int piedmont = total();
        assertThat(piedmont).isLessThan(all).isPositive();
        assertThat(count("f-type-news")).isNotEqualTo(newsBefore);
        // multi-select: the region counts stay those of the whole search
        assertThat(count("f-region-ITC4")).isEqualTo(lombardyBefore);

        tick("f-region-FR71");
        waitFor(d -> d.getCurrentUrl().endsWith("/?q=cluster&region=ITC1&region=FR71"));
        waitFor(d -> total() != piedmont);
        assertThat(total()).isGreaterThan(piedmont);
        assertThat(browser.findElement(By.id("f-region-ITC1")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("f-region-FR71")).isSelected()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".chips a.chip"))).hasSize(2);
        List<String> regionsShown = browser.findElements(By.cssSelector(".hit-tags")).stream()
                .map(WebElement::getText).toList();
        assertThat(regionsShown).allMatch(t -> t.contains("Piedmont") || t.contains("Rhône-Alpes"));
        Browser.screenshot(browser, "search");

        // the page was updated in place, and the back button walks the same states
        assertThat((Boolean) browser.executeScript("return window.sameDocument === true;")).isTrue();
        browser.navigate().back();
        waitFor(d -> d.getCurrentUrl().endsWith("/?q=cluster&region=ITC1"));
        waitFor(d -> total() == piedmont);
        assertThat(browser.findElement(By.id("f-region-FR71")).isSelected()).isFalse();

        // removing a chip removes its filter
        browser.findElement(By.cssSelector(".chips a.chip")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/?q=cluster"));
        waitFor(d -> total() == all);
    }

    @Test
    @Order(2)
    void results_page_forward_and_back() {
        open("/");
        assertThat(heading()).isEqualTo("Results 1–10 of " + PageFixtures.DOCUMENTS);
        browser.findElement(By.cssSelector("nav.pagination a[rel=next]")).click();
        waitFor(d -> heading().startsWith("Results 11–"));
        assertThat(browser.getCurrentUrl()).endsWith("/?page=2");
        assertThat(browser.findElements(By.cssSelector("ol.hits > li"))).hasSize(PageFixtures.DOCUMENTS - 10);
        browser.findElement(By.cssSelector("nav.pagination a[rel=prev]")).click();
        waitFor(d -> heading().startsWith("Results 1–10"));
        // a shared address shows the same page on its own
        open("/?page=2");
        assertThat(heading()).startsWith("Results 11–");
    }

    @Test
    @Order(3)
    void a_hit_opens_its_document_page_with_reasons_and_related_documents() {
        open("/?q=Piunti");
        browser.findElement(By.cssSelector(".hit-title a")).click();
        waitFor(ExpectedConditions.urlMatches("/doc/[0-9a-f]{16}\\?q=Piunti$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Video interview: Marco Piunti, bioPmed");
        assertThat(browser.findElements(By.cssSelector(".doc-text mark"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".tag-reasons")).getText()).contains("Piedmont")
                .contains("because it mentions");
        assertThat(browser.findElement(By.cssSelector(".doc-text")).getText()).contains("medical device makers");
        Browser.screenshot(browser, "document");
        WebElement related = browser.findElement(By.cssSelector(".related a"));
        String title = related.getText();
        related.click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals(title));
    }

    @Test
    @Order(4)
    void the_script_titled_document_shows_as_text_and_runs_nothing() {
        open("/?q=Brescia");
        WebElement title = browser.findElement(By.cssSelector(".hit-title a"));
        assertThat(title.getText()).isEqualTo(PageFixtures.XSS_TITLE);
        assertThat(browser.findElement(By.cssSelector(".snippet")).getText()).contains("<img src=x onerror=alert(2)>");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        title.click();
        waitFor(d -> d.getCurrentUrl().contains("/doc/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(PageFixtures.XSS_TITLE);
        assertThat(browser.getTitle()).startsWith(PageFixtures.XSS_TITLE);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    @Order(4)
    void a_long_facet_list_narrows_to_what_is_typed_in_its_box() {
        open("/?q=");
        WebElement box = browser.findElement(By.id("filter-region"));
        assertThat(box.isDisplayed()).isTrue();
        box.sendKeys("pied");
        WebElement facet = browser.findElement(By.id("facet-region"));
        assertThat(browser.findElement(By.id("f-region-ITC1")).isDisplayed()).as("the region typed").isTrue();
        assertThat(facet.getText()).contains("Italy").doesNotContain("France").doesNotContain("Austria");
        box.clear();
        box.sendKeys(Keys.SPACE, Keys.BACK_SPACE);
        assertThat(facet.getText()).contains("France");
    }

    @Test
    @Order(5)
    void the_query_box_completes_from_the_suggestions() {
        open("/");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("plastipo");
        WebElement list = waitFor(d -> {
            WebElement l = d.findElement(By.id("q-suggestions"));
            return l.isDisplayed() && !l.findElements(By.cssSelector("[role=option]")).isEmpty() ? l : null;
        });
        assertThat(q.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(list.getText()).contains("Plastipolis").contains("Organisation");
        q.sendKeys(Keys.ARROW_DOWN);
        assertThat(q.getAttribute("aria-activedescendant")).isEqualTo("q-suggestion-0");
        q.sendKeys(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("org="));
        assertThat(browser.findElements(By.cssSelector(".chips a.chip")).get(0).getText()).contains("Plastipolis");
    }

    @Test
    @Order(6)
    void the_page_is_usable_at_360_pixels_and_by_keyboard() {
        try {
            Browser.viewport(browser, 360, 780);
            open("/?q=cluster&region=ITC1");
            long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal overflow in px").isLessThanOrEqualTo(0);
            WebElement panel = browser.findElement(By.cssSelector(".filters-panel"));
            assertThat(panel.getAttribute("open")).as("filters folded on a small screen").isNull();
            panel.findElement(By.tagName("summary")).click();
            assertThat(browser.findElement(By.id("f-region-ITC1")).isDisplayed()).isTrue();
            Browser.screenshot(browser, "search-360");
            open("/?q=Piunti");
            browser.findElement(By.cssSelector(".hit-title a")).click();
            waitFor(ExpectedConditions.urlMatches("/doc/[0-9a-f]{16}\\?q=Piunti$"));
            int text = browser.findElement(By.id("text-heading")).getRect().getY();
            assertThat(browser.findElement(By.id("meta-heading")).getRect().getY()).as("date and type first")
                    .isLessThan(text);
            assertThat(browser.findElement(By.id("tags-heading")).getRect().getY()).as("then the tags")
                    .isLessThan(text);
            assertThat(browser.findElement(By.id("related-heading")).getRect().getY()).as("related after the text")
                    .isGreaterThan(text);
            Browser.screenshot(browser, "document-360");
        } finally {
            Browser.viewport(browser, 1280, 900);
        }
        open("/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(focused.getRect().getY()).isGreaterThanOrEqualTo(0);
        assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
    }

    @Test
    @Order(7)
    void without_javascript_the_filters_are_a_plain_form() {
        ChromeDriver plain = Browser.start(tmp.resolve("profile-nojs"), false);
        try {
            plain.get(server.base() + "/?q=cluster");
            assertThat(plain.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("js");
            plain.findElement(By.cssSelector("label[for=f-type-news]")).click();
            plain.findElement(By.cssSelector("button.apply")).click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("type=news"));
            assertThat(plain.getCurrentUrl()).contains("q=cluster");
            assertThat(plain.findElement(By.id("f-type-news")).isSelected()).isTrue();
            assertThat(plain.findElements(By.cssSelector(".hit .badge")).stream().map(WebElement::getText))
                    .isNotEmpty().allMatch(t -> t.equalsIgnoreCase("News") || t.equalsIgnoreCase("Archived copy"));
        } finally {
            plain.quit();
        }
    }

    @Test
    @Order(8)
    void an_administrator_signs_in_starts_a_reindex_and_watches_it_finish() {
        open("/admin");
        browser.findElement(By.id("token")).sendKeys(TestServer.TOKEN);
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        waitFor(d -> !d.findElements(By.cssSelector("form[action='/admin/reindex']")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("/admin").doesNotContain(TestServer.TOKEN);
        assertThat(browser.manage().getCookieNamed(AdminSessions.COOKIE).isHttpOnly()).isTrue();

        browser.findElement(By.id("mode-full")).click();
        browser.findElement(By.cssSelector("form[action='/admin/reindex'] button[type=submit]")).click();
        // the job is short: either its progress bar is seen, or the page has already moved on to the report
        waitFor(d -> !d.findElements(By.id("job-progress")).isEmpty()
                || d.findElement(By.id("report-heading")).isDisplayed());
        if (!browser.findElements(By.id("job-progress")).isEmpty()) {
            Browser.screenshot(browser, "admin-running");
        }
        waitFor(d -> d.findElements(By.id("job")).isEmpty()
                && d.findElements(By.cssSelector("table.jobs tbody tr")).size() >= 2);
        assertThat(browser.findElement(By.cssSelector("table.jobs tbody tr")).getText()).contains("full")
                .contains("succeeded");
        // failures first, with their addresses in view; skips fold under their reason until opened
        WebElement problems = browser.findElement(By.cssSelector("table.problems"));
        assertThat(problems.getText()).contains("broken-report.pdf").contains("asks not to be indexed")
                .doesNotContain("noindex-draft.html");
        assertThat(problems.findElement(By.cssSelector("tbody tr")).getText()).startsWith("failed");
        problems.findElements(By.cssSelector("details:not([open]) > summary")).forEach(WebElement::click);
        assertThat(problems.getText()).contains("noindex-draft.html");
        assertThat(browser.findElement(By.id("stat-documents")).getText())
                .isEqualTo(Integer.toString(PageFixtures.DOCUMENTS));
        Browser.screenshot(browser, "admin");

        browser.findElement(By.cssSelector("form[action='/admin/logout'] button")).click();
        waitFor(d -> !d.findElements(By.id("token")).isEmpty());
    }

    @Test
    @Order(9)
    void a_german_administrator_keeps_the_language_through_sign_in_and_a_watched_reindex() {
        open("/admin?hl=de");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Verwaltung");
        browser.findElement(By.id("token")).sendKeys(TestServer.TOKEN);
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        waitFor(d -> !d.findElements(By.cssSelector("form[action='/admin/reindex?hl=de']")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("/admin?hl=de");

        browser.findElement(By.id("mode-full")).click();
        browser.findElement(By.cssSelector("form.reindex-form button[type=submit]")).click();
        // what admin.js writes while it polls comes from the page's words: German, never English
        List<String> seen = new java.util.ArrayList<>();
        waitFor(d -> {
            d.findElements(By.id("job-text")).forEach(e -> seen.add(e.getText()));
            return d.findElements(By.id("job")).isEmpty()
                    && d.findElements(By.cssSelector("table.jobs tbody tr")).size() >= 3;
        });
        assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain("documents").doesNotContain("Finished"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin?hl=de");
        assertThat(browser.findElement(By.cssSelector("table.jobs tbody tr")).getText()).contains("vollständig")
                .contains("alle Quellen").contains("erfolgreich");
        assertThat(browser.findElement(By.cssSelector(".report-counts")).getText()).contains("hinzugefügt");

        browser.findElement(By.cssSelector(".admin-bar button")).click();
        waitFor(d -> !d.findElements(By.id("token")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("/admin?hl=de");
    }
}
