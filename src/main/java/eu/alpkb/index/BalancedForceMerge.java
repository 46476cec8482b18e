package eu.alpkb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * The merge policy of a full build: segments stay small while documents are written, and the merge before publishing
 * makes the number of segments asked for out of them, of about as many documents each.
 *
 * <p>A search walks the segments of an index at once, one per thread ({@link FacetSearcher}), so it takes as long as
 * its largest segment. Lucene's tiered policy, asked for two segments, keeps the large segment it merged while the
 * documents were written and adds the rest as a second one (85,253 and 14,747 documents of 100,000); this one deals
 * the segments out largest first, each to the part with the fewest documents so far, and merges each part.
 */
final class BalancedForceMerge extends FilterMergePolicy {
    /**
     * Largest segment merged while a build writes: small enough that a build has many to deal out (a part is at
     * least {@link FacetSearcher#MIN_DOCS_PER_SLICE} documents, about 90 MB), large enough that merges stay few.
     */
    static final double MAX_MERGED_SEGMENT_MB = 32;

    BalancedForceMerge() {
        this(MAX_MERGED_SEGMENT_MB);
    }

    /** @param maxMergedSegmentMB largest segment merged while documents are written */
    BalancedForceMerge(double maxMergedSegmentMB) {
        super(writing(maxMergedSegmentMB));
    }

    private static MergePolicy writing(double maxMergedSegmentMB) {
        TieredMergePolicy tiered = new TieredMergePolicy();
        tiered.setMaxMergedSegmentMB(maxMergedSegmentMB);
        return tiered;
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
                                               Map<SegmentCommitInfo, Boolean> segmentsToMerge,
                                               MergeContext context) throws IOException {
        List<SegmentCommitInfo> segments = new ArrayList<>();
        for (SegmentCommitInfo info : infos) {
            if (segmentsToMerge.containsKey(info)) {
                if (context.getMergingSegments().contains(info)) {
                    return null; // asked again when the merges under way are done
                }
                segments.add(info);
            }
        }
        boolean deletions = false;
        for (SegmentCommitInfo info : segments) {
            deletions |= context.numDeletesToMerge(info) > 0;
        }
        if (segments.size() <= maxSegmentCount && !deletions) {
            return null; // done
        }
        List<List<SegmentCommitInfo>> parts = new ArrayList<>();
        long[] docs = new long[Math.max(1, maxSegmentCount)];
        for (int i = 0; i < docs.length; i++) {
            parts.add(new ArrayList<>());
        }
        List<SegmentCommitInfo> largestFirst = new ArrayList<>(segments);
        largestFirst.sort(Comparator.comparingLong((SegmentCommitInfo s) -> -liveDocs(s, context)));
        for (SegmentCommitInfo s : largestFirst) {
            int fewest = 0;
            for (int i = 1; i < docs.length; i++) {
                if (docs[i] < docs[fewest]) {
                    fewest = i;
                }
            }
            parts.get(fewest).add(s);
            docs[fewest] += liveDocs(s, context);
        }
        MergeSpecification spec = new MergeSpecification();
        for (List<SegmentCommitInfo> part : parts) {
            boolean rewrite = part.size() > 1
                    || (part.size() == 1 && context.numDeletesToMerge(part.get(0)) > 0);
            if (rewrite) {
                spec.add(new OneMerge(part));
            }
        }
        return spec.merges.isEmpty() ? null : spec;
    }

    private static long liveDocs(SegmentCommitInfo s, MergeContext context) {
        try {
            return s.info.maxDoc() - (long) context.numDeletesToMerge(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
