package eu.alpkb.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.alpkb.config.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what people search for, per day: how often each query was asked and how often it found nothing. Only the
 * folded query text is kept (no address, no time of day, no session), so the log holds no personal data. Days older
 * than the retention are dropped.
 */
public final class QueryLog {
    private static final Logger log = LoggerFactory.getLogger(QueryLog.class);
    public static final int RETENTION_DAYS = 90;
    private static final int MAX_DISTINCT_PER_DAY = 10_000;
    private static final int MAX_QUERY_CHARS = 200;

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    /** day → query → [searches, zero-result searches] */
    private final TreeMap<String, Map<String, long[]>> days = new TreeMap<>();
    private long lastSave;
    /** Whether anything changed since the file was read or written; a run that searched nothing leaves it alone. */
    private boolean dirty;

    /**
     * One query's counts.
     *
     * @param query    the query as folded text
     * @param searches times asked
     * @param zeroResults times it found nothing
     */
    public record Count(String query, long searches, long zeroResults) {
    }

    public QueryLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        load();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            Map<String, Map<String, long[]>> stored = json.readValue(file.toFile(), new TypeReference<>() {
            });
            stored.forEach((day, counts) -> days.put(day, new HashMap<>(counts)));
        } catch (IOException e) {
            log.warn("Cannot read the query log {}; starting a new one: {}", file, e.toString());
        }
    }

    /** Records one search. Empty queries (browsing) are not counted. */
    public synchronized void record(String query, long total) {
        if (query == null || query.isBlank()) {
            return;
        }
        String q = Text.fold(query);
        if (q.isEmpty()) {
            return;
        }
        if (q.length() > MAX_QUERY_CHARS) {
            q = q.substring(0, MAX_QUERY_CHARS);
        }
        String today = LocalDate.now(clock).toString();
        Map<String, long[]> counts = days.computeIfAbsent(today, d -> new HashMap<>());
        long[] c = counts.get(q);
        if (c == null) {
            if (counts.size() >= MAX_DISTINCT_PER_DAY) {
                return; // a flood of distinct strings must not grow memory without bound
            }
            c = new long[2];
            counts.put(q, c);
        }
        c[0]++;
        if (total == 0) {
            c[1]++;
        }
        dirty = true;
        String oldest = LocalDate.now(clock).minusDays(RETENTION_DAYS).toString();
        days.headMap(oldest).clear();
        long now = clock.millis();
        if (now - lastSave > 10_000) {
            lastSave = now;
            save();
        }
    }

    /**
     * @return the most asked queries and the most asked ones that found nothing, over the last {@code days} days
     */
    public synchronized Map<String, List<Count>> top(int lastDays, int limit) {
        String from = LocalDate.now(clock).minusDays(Math.max(0, lastDays - 1)).toString();
        Map<String, long[]> sum = new HashMap<>();
        days.tailMap(from, true).values().forEach(counts -> counts.forEach((q, c) -> {
            long[] s = sum.computeIfAbsent(q, k -> new long[2]);
            s[0] += c[0];
            s[1] += c[1];
        }));
        List<Count> all = new ArrayList<>();
        sum.forEach((q, c) -> all.add(new Count(q, c[0], c[1])));
        List<Count> top = all.stream().sorted(Comparator.comparingLong(Count::searches).reversed()
                .thenComparing(Count::query)).limit(limit).toList();
        List<Count> zero = all.stream().filter(c -> c.zeroResults() > 0)
                .sorted(Comparator.comparingLong(Count::zeroResults).reversed().thenComparing(Count::query))
                .limit(limit).toList();
        return Map.of("top", top, "zeroResults", zero);
    }

    /** Writes the log to disk (atomically) when anything was recorded since the last write. */
    public synchronized void save() {
        if (!dirty) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(tmp.toFile(), days);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
        } catch (IOException e) {
            log.warn("Cannot save the query log: {}", e.toString());
        }
    }
}
