package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the README's screenshots (1280x900) of the search, front, entity and admin pages on the bundled archive. Not part of the
 * suite (its name matches neither test runner); run it on purpose:
 * <pre>mvn -q test -Dtest=ReadmeScreenshots [-Dalpkb.corpus=corpus/site] [-Dalpkb.screenshots=docs]</pre>
 * Without the bundled archive it falls back to the test fixtures.
 */
class ReadmeScreenshots {
    private static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile("(\\d+) of (\\d+) ");
    @TempDir
    Path tmp;

    @Test
    void take() throws Exception {
        Path corpus = Path.of(System.getProperty("alpkb.corpus", "corpus/site")).toAbsolutePath();
        Path out = Files.createDirectories(Path.of(System.getProperty("alpkb.screenshots", "docs")));
        boolean bundled = Files.isDirectory(corpus);
        String sources = bundled
                ? "  - name: alpclusters2020\n    type: folder\n    path: " + corpus + "\n    urlPrefix: /archive/\n"
                        + "    exclude: [\"private/**\", \"robots.txt\", \"sitemap.xml\", \"assets/**\"]\n"
                : TestConfigs.folderSource("pages", TestConfigs.PAGES)
                        + TestConfigs.folderSource("fixtures", PageFixtures.BROWSER_PAGES);
        String query = bundled ? "/?q=plastics+cluster&region=FR71" : "/?q=cluster&region=ITC1&region=FR71";
        try (TestServer server = TestServer.start(TestConfigs.withSources(tmp, sources), tmp.resolve("data"))) {
            ChromeDriver browser = Browser.start(tmp.resolve("profile"), true);
            try {
                browser.get(server.base() + query);
                Files.copy(Browser.screenshot(browser, "readme-search"), out.resolve("search-page.png"),
                        StandardCopyOption.REPLACE_EXISTING);
                if (bundled) {
                    browser.get(server.base() + "/");
                    Files.copy(Browser.screenshot(browser, "readme-home"), out.resolve("front-page.png"),
                            StandardCopyOption.REPLACE_EXISTING);
                    browser.get(server.base() + "/entity/org:plastipolis");
                    Files.copy(Browser.screenshot(browser, "readme-entity"), out.resolve("entity-page.png"),
                            StandardCopyOption.REPLACE_EXISTING);
                }

                browser.get(server.base() + "/admin");
                browser.findElement(By.id("token")).sendKeys(TestServer.TOKEN);
                browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(
                        By.cssSelector("form[action='/admin/reindex']")).isEmpty());
                browser.findElement(By.id("mode-full")).click();
                browser.findElement(By.cssSelector("form[action='/admin/reindex'] button[type=submit]")).click();
                // catch the progress bar part-way when the run is long enough, else the page after the run
                Path shot = null;
                long deadline = System.currentTimeMillis() + 120_000;
                while (System.currentTimeMillis() < deadline) {
                    var text = browser.findElements(By.id("job-text"));
                    if (text.isEmpty()) {
                        break;
                    }
                    java.util.regex.Matcher m = PROGRESS.matcher(text.get(0).getText());
                    if (m.lookingAt() && Integer.parseInt(m.group(1)) * 4 >= Integer.parseInt(m.group(2))) {
                        shot = Browser.screenshot(browser, "readme-admin");
                        break;
                    }
                    Thread.sleep(100);
                }
                assertThat(server.services.jobs().awaitIdle(120_000)).isTrue();
                if (shot == null) {
                    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("job"))
                            .isEmpty());
                    shot = Browser.screenshot(browser, "readme-admin");
                }
                Files.copy(shot, out.resolve("admin-page.png"), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
            }
        }
    }
}
