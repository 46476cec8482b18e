package eu.alpkb.corpus;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a downloadable document is published in. */
enum DocumentFormat {
    PDF("pdf", "PDF"),
    /** An image-only PDF, as a scanner makes it: no text layer, so extraction must skip it. */
    SCANNED_PDF("scanned-pdf", "PDF"),
    DOCX("docx", "Word"),
    ODT("odt", "OpenDocument");

    private final String key;
    private final String label;

    DocumentFormat(String key, String label) {
        this.key = key;
        this.label = label;
    }

    String key() {
        return key;
    }

    /** The name listing pages show next to a download link. */
    String label() {
        return label;
    }

    static Optional<DocumentFormat> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
