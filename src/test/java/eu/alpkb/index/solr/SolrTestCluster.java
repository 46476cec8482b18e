package eu.alpkb.index.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud cluster (Solr's MiniSolrCloudCluster: ZooKeeper and Jetty nodes) in a JVM of its own, started from
 * {@code src/test/solr-cluster} with the class path Maven resolved into {@code target/solr-cluster.classpath}. Solr
 * runs on Jetty 10 and the service on Jetty 12, so the two never share a class path.
 */
public final class SolrTestCluster implements AutoCloseable {
    private static final Path LAUNCHER = Paths.get("src/test/solr-cluster/SolrClusterMain.java").toAbsolutePath();
    private static final Path CLASSPATH = Paths.get("target/solr-cluster.classpath").toAbsolutePath();

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final String zkHost;
    private final List<String> urls;

    private SolrTestCluster(Process process, BufferedReader out, Writer in, String zkHost, List<String> urls) {
        this.process = process;
        this.out = out;
        this.in = in;
        this.zkHost = zkHost;
        this.urls = urls;
    }

    /** Starts {@code nodes} Solr nodes and a ZooKeeper server under {@code dir}; waits until they answer. */
    public static SolrTestCluster start(int nodes, Path dir) throws IOException, InterruptedException {
        return start(nodes, dir, List.of());
    }

    /**
     * As {@link #start(int, Path)}, with more options for the cluster's JVM (system properties such as
     * {@code -Dsolr.allowPaths=...}, which lets a collection keep its data in a folder of the caller's).
     */
    public static SolrTestCluster start(int nodes, Path dir, List<String> jvmOptions)
            throws IOException, InterruptedException {
        if (!Files.exists(CLASSPATH)) {
            throw new IllegalStateException(CLASSPATH + " is missing: run the tests through Maven, which writes it");
        }
        Files.createDirectories(dir);
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx1g", "-Djava.io.tmpdir=" + dir,
                "-Dsolr.log.dir=" + dir.resolve("logs"), "-Dlog4j2.level=WARN"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", Files.readString(CLASSPATH).strip(), LAUNCHER.toString(),
                String.valueOf(nodes), dir.resolve("cluster").toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(dir.resolve("cluster.log").toFile());
        Process p = pb.start();
        // a test JVM that ends without closing the cluster must not leave Solr running
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Writer in = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
        String line = awaitLine(out, "READY ", p, dir);
        String[] parts = line.split(" ");
        return new SolrTestCluster(p, out, in, parts[1], List.of(parts[2].split(",")));
    }

    private static String awaitLine(BufferedReader out, String prefix, Process p, Path dir) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.startsWith("ERROR")) {
                throw new IOException("Solr test cluster: " + line);
            }
        }
        throw new IOException("Solr test cluster ended (exit " + (p.isAlive() ? "?" : p.exitValue()) + "); see "
                + dir.resolve("cluster.log"));
    }

    /** @return the process the cluster runs in, for measuring it */
    public long pid() {
        return process.pid();
    }

    /** @return the ZooKeeper address with Solr's chroot */
    public String zkHost() {
        return zkHost;
    }

    /** @return the base address of each node */
    public List<String> urls() {
        return urls;
    }

    /** @return the sections of a service file that put its index in this cluster */
    public String backendYaml(String collection, int shards, int replicas) {
        return "index:\n  backend: solrcloud\nsolr:\n  zkHost: " + zkHost + "\n  collection: " + collection
                + "\n  shards: " + shards + "\n  replicas: " + replicas + "\n";
    }

    /** @return the same, reaching the cluster through its nodes' addresses instead of ZooKeeper */
    public String backendYamlByUrls(String collection, int shards, int replicas) {
        return "index:\n  backend: solrcloud\nsolr:\n  urls: [" + String.join(", ", urls) + "]\n  collection: "
                + collection + "\n  shards: " + shards + "\n  replicas: " + replicas + "\n";
    }

    /** Stops node {@code n} (0-based) and waits until it is down. */
    public void stopNode(int n) throws IOException {
        command("stop " + n);
    }

    /** Starts node {@code n} again and waits until it has joined the cluster. */
    public void startNode(int n) throws IOException {
        command("start " + n);
    }

    private synchronized void command(String command) throws IOException {
        in.write(command + "\n");
        in.flush();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("OK")) {
                return;
            }
            if (line.startsWith("ERROR")) {
                throw new IOException("Solr test cluster: " + line);
            }
        }
        throw new IOException("Solr test cluster ended");
    }

    @Override
    public void close() throws Exception {
        try {
            in.write("quit\n");
            in.close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
