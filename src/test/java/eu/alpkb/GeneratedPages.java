package eu.alpkb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a folder of small, varied news pages for tests that need volume rather than realism. */
public final class GeneratedPages {
    private static final String[] PLACES = {"Linz", "Torino", "Lyon", "Stuttgart", "Venezia", "Bolzano", "Fribourg",
        "München", "Salzburg", "Ljubljana"};
    private static final String[] TOPICS = {"plastics", "mechatronics", "healthcare", "renewable energy",
        "green building", "satellite navigation", "e-learning", "chemicals", "creative industries", "logistics"};

    private GeneratedPages() {
    }

    /** Writes {@code n} pages named {@code page-N.html}; every page mentions "cluster" and a place and a topic. */
    public static Path write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            String place = PLACES[i % PLACES.length];
            String topic = TOPICS[(i / PLACES.length) % TOPICS.length];
            String date = String.format("2014-%02d-%02d", 1 + i % 12, 1 + i % 28);
            Files.writeString(dir.resolve("page-" + i + ".html"), "<!doctype html><html lang=\"en\"><head><title>"
                    + "Cluster news " + i + " from " + place + "</title><meta property=\"article:published_time\""
                    + " content=\"" + date + "\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Cluster"
                    + " news " + i + " from " + place + "</h1><p>Companies of the " + topic + " cluster met in " + place
                    + " to prepare joint projects abroad. Item number " + i + " of the series.</p><p>The meeting"
                    + " discussed internationalisation services, foreign markets and cooperation with partners in"
                    + " other Alpine regions.</p></article><footer>Co-financed by the ERDF.</footer></body></html>");
        }
        return dir;
    }
}
