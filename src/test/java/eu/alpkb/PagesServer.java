package eu.alpkb;

import eu.alpkb.index.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server over the small hand-written test pages, started once for a test class and removed after it:
 * {@code @RegisterExtension static final PagesServer pages = new PagesServer();}, then {@code pages.server()}.
 */
public final class PagesServer implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private TestServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("alpkb-pages-");
        server = TestServer.start(TestConfigs.withSources(dir, TestConfigs.folderSource("pages", TestConfigs.PAGES)),
                dir.resolve("data"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            server.close();
        } finally {
            Folders.deleteTree(dir);
        }
    }

    /** @return the running server */
    public TestServer server() {
        return server;
    }
}
