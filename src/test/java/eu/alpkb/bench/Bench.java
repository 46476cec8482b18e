package eu.alpkb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * What every benchmark main shares: settings from system properties, the machine line, medians and percentiles,
 * process memory from {@code /proc}, and aligned output. The machine is shared and noisy, so each figure is taken
 * in several rounds next to its baseline and reported as a median with the ratio of the two.
 */
final class Bench {
    private Bench() {
    }

    static int intProp(String name, int dflt) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? dflt : Integer.parseInt(v.strip().replace("_", ""));
    }

    static long longProp(String name, long dflt) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? dflt : Long.parseLong(v.strip().replace("_", ""));
    }

    static String prop(String name, String dflt) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? dflt : v.strip();
    }

    static boolean boolProp(String name, boolean dflt) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? dflt : Boolean.parseBoolean(v.strip());
    }

    /** Prints the benchmark's title and the machine it runs on. */
    static void header(String title) {
        System.out.println("== " + title);
        System.out.println("machine: " + machine());
        System.out.println();
    }

    static String machine() {
        String cpu = "unknown CPU";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the CPU name is only informative
        }
        return String.format(Locale.ROOT, "%d cores (%s), Java %s, max heap %d MB",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** @return the nearest-rank percentile {@code p} (0..100) of nanosecond samples, in milliseconds */
    static double percentileMs(long[] nanos, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] v = Arrays.copyOf(nanos, count);
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return v[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** @return each subject value divided by the baseline value of the same round */
    static double[] ratios(double[] subject, double[] baseline) {
        double[] r = new double[subject.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = subject[i] / baseline[i];
        }
        return r;
    }

    /** @return resident set size of a process in MB from {@code /proc/PID/status}, or -1 off Linux */
    static long rssMb(long pid, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(l -> l.startsWith(field + ":")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long selfPid() {
        return ProcessHandle.current().pid();
    }

    /** @return the largest heap occupancy any collector left behind (the live set), in MB */
    static long heapAfterGcPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** @return the sum of the heap pools' peak usage since start (or the last reset), in MB */
    static long heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One aligned row of a result table. */
    static void row(String label, String... cells) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-44s", label));
        for (String c : cells) {
            sb.append(String.format(Locale.ROOT, " %14s", c));
        }
        System.out.println(sb);
    }

    static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String x(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    /** Samples a figure (in MB) on a daemon thread and keeps its peak: heap of this process, RSS of another. */
    static final class PeakSampler {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        PeakSampler(String name, long everyMillis, LongSupplier megabytes) {
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, megabytes.getAsLong());
                    try {
                        Thread.sleep(everyMillis);
                    } catch (InterruptedException e) {
                        return; // stopped
                    }
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            return peak;
        }

        long peakAndReset() {
            long p = peak;
            peak = 0;
            return p;
        }

        void stop() {
            running = false;
            thread.interrupt();
        }
    }
}
