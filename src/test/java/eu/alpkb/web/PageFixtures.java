package eu.alpkb.web;

import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The corpus the page tests search: the shared test pages plus pages spread over regions, types and years. */
final class PageFixtures {
    /** Pages in several regions, types and years, and one whose title is a script tag. */
    static final Path BROWSER_PAGES = Paths.get("src/test/resources/browser-pages").toAbsolutePath();
    /** Documents in both folders together. */
    static final int DOCUMENTS = 18;
    static final String XSS_TITLE = "<script>alert(1)</script>";

    private PageFixtures() {
    }

    /** Starts a server over both folders, indexed. */
    static TestServer start(Path tmp) throws Exception {
        return TestServer.start(TestConfigs.withSources(tmp, TestConfigs.folderSource("pages", TestConfigs.PAGES)
                + TestConfigs.folderSource("fixtures", BROWSER_PAGES)), tmp.resolve("data"));
    }
}
