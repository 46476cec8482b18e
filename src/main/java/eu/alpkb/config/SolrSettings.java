package eu.alpkb.config;

import java.util.List;

/**
 * Where the SolrCloud backend ({@code index.backend: solrcloud}) finds its cluster and how it lays out its collections.
 * Credentials for basic authentication come from the environment ({@value #USER_ENV}, {@value #PASSWORD_ENV}), never
 * from the file.
 *
 * @param zkHost          ZooKeeper addresses with an optional chroot ({@code zk1:2181,zk2:2181/solr}), or null
 * @param urls            base addresses of Solr nodes ({@code http://solr1:8983/solr}), used when there is no zkHost
 * @param collection      name of the alias searches go through; each full reindex builds a collection behind it
 * @param shards          shards of each new collection
 * @param replicas        replicas of each shard
 * @param connectTimeoutMs how long to wait for a connection
 * @param socketTimeoutMs  how long to wait for an answer
 */
public record SolrSettings(String zkHost, List<String> urls, String collection, Integer shards, Integer replicas,
                           Integer connectTimeoutMs, Integer socketTimeoutMs) {
    public static final String USER_ENV = "ALPKB_SOLR_USER";
    public static final String PASSWORD_ENV = "ALPKB_SOLR_PASSWORD";

    public SolrSettings {
        urls = urls == null ? List.of() : List.copyOf(urls);
        collection = collection == null || collection.isBlank() ? "alpkb" : collection;
        shards = shards == null ? 1 : shards;
        replicas = replicas == null ? 1 : replicas;
        connectTimeoutMs = connectTimeoutMs == null ? 10_000 : connectTimeoutMs;
        socketTimeoutMs = socketTimeoutMs == null ? 60_000 : socketTimeoutMs;
    }

    public static SolrSettings defaults() {
        return new SolrSettings(null, null, null, null, null, null, null);
    }

    /** @return whether the section says where the cluster is */
    public boolean configured() {
        return (zkHost != null && !zkHost.isBlank()) || !urls.isEmpty();
    }
}
