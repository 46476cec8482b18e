package eu.alpkb.web;

import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import eu.alpkb.index.solr.SolrTestCluster;
import org.junit.jupiter.api.AfterAll;

/**
 * The API's contract ({@link ApiTest}, every test of it) with the documents in a real SolrCloud cluster: two nodes,
 * two shards of two replicas, started once for the class in a JVM of its own, and reached through its nodes'
 * addresses rather than ZooKeeper.
 */
class ApiSolrCloudIT extends ApiTest {
    private SolrTestCluster cluster;

    @Override
    TestServer startServer(String sources) throws Exception {
        cluster = SolrTestCluster.start(2, tmp.resolve("solr"));
        return TestServer.start(TestConfigs.withSources(tmp, sources, cluster.backendYamlByUrls("api", 2, 2)),
                tmp.resolve("data"));
    }

    @Override
    @AfterAll
    void stop() throws Exception {
        super.stop();
        cluster.close();
    }
}
