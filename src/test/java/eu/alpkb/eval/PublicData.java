package eu.alpkb.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the evaluation sets written by other people live: {@code ../shared/} beside the project, as on a developer's
 * machine and in CI. Quality tests read them from there and never copy them into the project.
 */
public final class PublicData {
    private PublicData() {
    }

    /** @return the shared folder, {@code ../shared} relative to the project root (Maven's working directory) */
    public static Path shared() {
        return Path.of("..", "shared").toAbsolutePath().normalize();
    }

    /**
     * @return {@code shared/relative}; a test that needs it stops here with a clear reason when it is missing, rather
     * than passing without having measured anything
     */
    public static Path require(String relative) {
        Path p = shared().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> "evaluation data not found at " + p);
        return p;
    }

    /** @return the bytes of a page of the sets, which are kept gzipped */
    public static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
