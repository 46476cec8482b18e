package eu.alpkb.index;

import java.util.Set;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;

/**
 * Reads every stored field of a document but the ones named: a long text is most of a document's bytes, and the
 * records of people and organisations found are parsed JSON that a hit does not show.
 */
final class StoredFieldsBut extends DocumentStoredFieldVisitor {
    /** Every field but the text. */
    static final Set<String> TEXT = Set.of(IndexFields.TEXT);
    /** What a hit leaves out: the people and organisations found and the other sources' copies. */
    static final Set<String> NOT_ON_A_HIT = Set.of(IndexFields.PEOPLE, IndexFields.FOUND_ORGS, IndexFields.ALSO_FROM);

    private final Set<String> left;

    /** @return document {@code doc} without its text, which lists, exports and record pages never show */
    static org.apache.lucene.document.Document withoutText(org.apache.lucene.index.StoredFields stored, int doc)
            throws java.io.IOException {
        StoredFieldsBut visitor = new StoredFieldsBut(TEXT);
        stored.document(doc, visitor);
        return visitor.getDocument();
    }

    StoredFieldsBut(Set<String> left) {
        this.left = left;
    }

    @Override
    public Status needsField(FieldInfo field) {
        return left.contains(field.name) ? Status.NO : Status.YES;
    }
}
