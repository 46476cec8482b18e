package eu.alpkb.corpus;

import java.util.Locale;

/**
 * A written document file as pages link to it.
 *
 * @param bytes size of the written file, shown next to the link as the CMS did
 */
record Download(SourceDocument document, long bytes) {

    /** "PDF, 312 KB" */
    String info() {
        long kb = Math.max(1, Math.round(bytes / 1024.0));
        String size = kb >= 1024 ? String.format(Locale.ROOT, "%.1f MB", kb / 1024.0) : kb + " KB";
        return document.format().label() + ", " + size;
    }
}
