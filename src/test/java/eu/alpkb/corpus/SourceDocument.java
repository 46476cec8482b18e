package eu.alpkb.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * A downloadable document ({@code src/documents/name.md}): its metadata and its pages of blocks.
 *
 * @param source     path of the source relative to the corpus folder
 * @param name       source file name without {@code .md}; what items name in {@code attachments}
 * @param file       output file name below {@code files/}
 * @param linkedFrom item file names (without {@code .md}) whose pages link to this document
 * @param facts      people quoted, events announced or reported and organisations the text is about; answer key only
 */
record SourceDocument(String source, String name, String file, DocumentFormat format, String title, String author,
                      LocalDate created, String lang, List<String> linkedFrom, List<String> regions,
                      List<String> sectors, List<List<Block>> pages, Facts facts) {

    SourceDocument {
        linkedFrom = List.copyOf(linkedFrom);
        regions = List.copyOf(regions);
        sectors = List.copyOf(sectors);
        pages = pages.stream().map(List::copyOf).toList();
    }

    String path() {
        return "files/" + file;
    }

    /** True when this document should be linked from the page of {@code entry}. */
    boolean linkedFrom(Entry entry) {
        return linkedFrom.contains(entry.fileName()) || linkedFrom.contains(entry.slug())
                || entry.attachments().contains(name) || entry.attachments().contains(baseName());
    }

    String baseName() {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }
}
