package eu.alpkb.index.solr;

import eu.alpkb.config.SolrSettings;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;

/**
 * The connection to a SolrCloud cluster. SolrJ's cloud client routes each request to a live replica and each update to
 * its shard's leader. The client talks over Apache HttpClient: Solr 9's HTTP/2 client needs Jetty 10, which cannot share
 * the service's class path with Javalin's Jetty 12. In SolrJ 9.10 the HttpClient-based cloud client is deprecated, but
 * it is the only one that does without Jetty (the HTTP/2 cloud client only takes a Jetty-based internal client), hence
 * the suppressed warnings below.
 */
@SuppressWarnings("deprecation")
public final class SolrCluster implements Closeable {
    private final CloudSolrClient client;
    private final SolrSettings settings;
    private final String user;
    private final String password;

    private SolrCluster(CloudSolrClient client, SolrSettings settings, String user, String password) {
        this.client = client;
        this.settings = settings;
        this.user = user;
        this.password = password;
    }

    /**
     * Connects and checks that the cluster answers.
     *
     * @param user     basic-auth user, or null
     * @param password basic-auth password, or null
     * @throws SolrUnavailableException with one line saying what failed
     */
    public static SolrCluster connect(SolrSettings settings, String user, String password) {
        CloudLegacySolrClient.Builder builder = settings.zkHost() != null && !settings.zkHost().isBlank()
                ? zkBuilder(settings.zkHost()) : new CloudLegacySolrClient.Builder(settings.urls());
        CloudSolrClient client = builder
                .withConnectionTimeout(settings.connectTimeoutMs(), TimeUnit.MILLISECONDS)
                .withSocketTimeout(settings.socketTimeoutMs(), TimeUnit.MILLISECONDS)
                .withZkConnectTimeout(settings.connectTimeoutMs(), TimeUnit.MILLISECONDS)
                .build();
        SolrCluster cluster = new SolrCluster(client, settings, user, password);
        try {
            cluster.send(CollectionAdminRequest.getClusterStatus(), null);
            return cluster;
        } catch (RuntimeException e) {
            try {
                client.close();
            } catch (IOException | RuntimeException ignored) {
                // the connection failed already; its own failure says why
            }
            throw new SolrUnavailableException("SolrCloud at " + where(settings) + " does not answer: "
                    + rootMessage(e), e);
        }
    }

    private static CloudLegacySolrClient.Builder zkBuilder(String zkHost) {
        int slash = zkHost.indexOf('/');
        List<String> hosts = List.of((slash < 0 ? zkHost : zkHost.substring(0, slash)).split(","));
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHost.substring(slash));
        return new CloudLegacySolrClient.Builder(hosts, chroot);
    }

    static String where(SolrSettings settings) {
        return settings.zkHost() != null && !settings.zkHost().isBlank() ? "zkHost " + settings.zkHost()
                : String.join(", ", settings.urls());
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return (m == null ? t.getClass().getSimpleName() : m).lines().findFirst().orElse("").strip();
    }

    /** @return the settings the cluster was reached with */
    public SolrSettings settings() {
        return settings;
    }

    /**
     * Sends a request with the configured credentials.
     *
     * @param collection the collection or alias it is for, or null for cluster requests
     * @throws SolrUnavailableException when the cluster cannot be reached or refuses the request
     */
    public <T extends SolrResponse> T send(SolrRequest<T> request, String collection) {
        if (user != null && password != null) {
            request.setBasicAuthCredentials(user, password);
        }
        try {
            return request.process(client, collection);
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SolrUnavailableException("SolrCloud request failed: " + rootMessage(e), e);
        }
    }

    /** @return the collection the alias points to, if it exists */
    public Optional<String> aliasTarget(String alias) {
        try {
            client.getClusterStateProvider().connect();
            List<String> targets = client.getClusterStateProvider().resolveAlias(alias);
            if (targets.size() == 1 && !targets.get(0).equals(alias)) {
                return Optional.of(targets.get(0));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new SolrUnavailableException("SolrCloud aliases unreadable: " + rootMessage(e), e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
