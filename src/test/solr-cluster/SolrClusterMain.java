import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud test cluster in a JVM of its own: Solr 9 runs on Jetty 10, which cannot share a class path with the
 * service's Jetty 12. Started by the tests with {@code java -cp <Solr's class path> SolrClusterMain.java <nodes> <dir>};
 * prints {@code READY <zkHost> <url>,<url>...} once the nodes are up, then obeys one command a line on stdin
 * ({@code stop N}, {@code start N}, {@code quit}) and shuts the cluster down when stdin closes.
 */
public final class SolrClusterMain {
    public static void main(String[] args) throws Exception {
        int nodes = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, dir).withMetrics(false).build();
        // the cluster drops a stopped node from its own list: nodes keep the numbers they started with
        List<JettySolrRunner> nodeList = new ArrayList<>(cluster.getJettySolrRunners());
        try {
            System.out.println("READY " + cluster.getZkServer().getZkAddress() + " " + urls(cluster));
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                String[] cmd = line.strip().split("\\s+");
                if (line.isBlank()) {
                    continue;
                }
                if (cmd[0].equals("quit")) {
                    break;
                }
                try {
                    int n = Integer.parseInt(cmd[1]);
                    if (cmd[0].equals("stop")) {
                        JettySolrRunner node = nodeList.get(n);
                        try {
                            cluster.stopJettySolrRunner(node);
                        } catch (java.util.concurrent.TimeoutException e) {
                            // still stopping: waited for below
                        }
                        // a node busy creating or filling a collection takes longer to stop than the cluster's own
                        // wait allows
                        long until = System.nanoTime() + 120_000_000_000L;
                        while (!node.isStopped() && System.nanoTime() < until) {
                            Thread.sleep(200);
                        }
                        if (!node.isStopped()) {
                            throw new IllegalStateException("node " + n + " did not stop within 120 s");
                        }
                        System.out.println("OK stopped " + node.getBaseUrl());
                    } else if (cmd[0].equals("start")) {
                        JettySolrRunner node = nodeList.get(n);
                        // on its old port, so the replicas it holds are found where the cluster expects them
                        cluster.startJettySolrRunner(node, true);
                        cluster.waitForNode(node, 60);
                        System.out.println("OK started " + node.getBaseUrl());
                    } else {
                        System.out.println("ERROR unknown command " + cmd[0]);
                    }
                } catch (Exception e) {
                    System.out.println("ERROR " + e);
                }
                System.out.flush();
            }
        } finally {
            cluster.shutdown();
        }
    }

    private static String urls(MiniSolrCloudCluster cluster) {
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner node : cluster.getJettySolrRunners()) {
            urls.add(node.getBaseUrl().toString());
        }
        return String.join(",", urls);
    }
}
