package eu.alpkb.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a JFR recording's execution samples, inclusive (a sample counts for every method on its stack,
 * once), among the samples whose stack holds a root method: what a request spends under
 * {@code SearchService.search} or under the HTTP handler, by method.
 *
 * <p>Usage: {@code JfrFrames FILE.jfr [ROOT...]} where a root is a substring of {@code Class.method} (default:
 * {@code SearchService.search} and {@code SearchController.search}); {@code -Dbench.top} frames (30), and
 * {@code -Dbench.prefix} shows only frames whose class starts with it (all), {@code -Dbench.event} the event
 * ({@code jdk.ExecutionSample}; {@code jdk.ObjectAllocationSample} weighs each frame by the bytes allocated under it).
 */
public final class JfrFrames {
    private JfrFrames() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        List<String> roots = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("index.SearchService.search", "web.SearchController.search");
        String event = Bench.prop("bench.event", "jdk.ExecutionSample");
        // allocation samples weigh the bytes they stand for; execution samples one each
        boolean weighed = event.equals("jdk.ObjectAllocationSample");
        List<RecordedEvent> samples = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals(event) && e.getStackTrace() != null)
                .toList();
        int top = Bench.intProp("bench.top", 30);
        String prefix = Bench.prop("bench.prefix", "");
        System.out.printf("%s: %,d execution samples%n", file, samples.size());
        for (String root : roots) {
            Map<String, Long> inclusive = new HashMap<>();
            Map<String, Long> self = new HashMap<>();
            long under = 0;
            long all = 0;
            for (RecordedEvent e : samples) {
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                long weight = weighed ? e.getLong("weight") : 1;
                all += weight;
                int rootAt = -1;
                for (int i = frames.size() - 1; i >= 0; i--) { // outermost first: the root and what it calls
                    if (name(frames.get(i)).contains(root)) {
                        rootAt = i;
                        break;
                    }
                }
                if (rootAt < 0) {
                    continue;
                }
                under += weight;
                Set<String> seen = new HashSet<>();
                for (int i = 0; i <= rootAt; i++) {
                    String n = name(frames.get(i));
                    if (seen.add(n)) {
                        inclusive.merge(n, weight, Long::sum);
                    }
                }
                self.merge(name(frames.get(0)), weight, Long::sum);
            }
            long total = under;
            System.out.printf("%nunder %s: %,d %s (%.1f %% of all)%n", root, total, weighed ? "bytes" : "samples",
                    100.0 * total / Math.max(1, all));
            System.out.println("  inclusive  self   frame");
            inclusive.entrySet().stream()
                    .filter(en -> en.getKey().startsWith(prefix))
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(top)
                    .forEach(en -> System.out.printf(Locale.ROOT, "  %6.1f %%  %5.1f %%  %s%n",
                            100.0 * en.getValue() / total, 100.0 * self.getOrDefault(en.getKey(), 0L) / total,
                            en.getKey()));
        }
    }

    private static String name(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        String type = m.getType().getName();
        return type.replaceFirst("^eu\\.alpkb\\.", "") + "." + m.getName();
    }
}
