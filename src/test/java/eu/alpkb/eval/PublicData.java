package eu.alpkb.eval;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
