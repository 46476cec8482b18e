package eu.alpkb.index.solr;

/** The SolrCloud cluster could not be reached or refused a request; the message is one line for a person. */
public final class SolrUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SolrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
