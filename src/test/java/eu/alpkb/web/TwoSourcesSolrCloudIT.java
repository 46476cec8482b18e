package eu.alpkb.web;

import eu.alpkb.index.solr.SolrTestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link TwoSourcesTest} with the documents in a real SolrCloud cluster: the second source's copy is recorded on the
 * first source's document in the new collection before it is published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoSourcesSolrCloudIT extends TwoSourcesTest {
    private SolrTestCluster cluster;

    @BeforeAll
    void startCluster() throws Exception {
        // a folder of its own each run: a cluster does not start over the files of an earlier one
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        cluster = SolrTestCluster.start(1, Files.createTempDirectory(target, "solr-two-sources-"));
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    String backendYaml() {
        return cluster.backendYaml("two-sources", 1, 1);
    }
}
