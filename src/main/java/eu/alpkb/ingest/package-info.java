/**
 * Ingest: the sources documents come from (folders, web sites) and the reading of their raw bytes. A source
 * delivers {@link eu.alpkb.ingest.FetchedResource}s and reports an {@link eu.alpkb.ingest.Outcome} for everything it
 * could not read; it never parses content or touches the index.
 */
package eu.alpkb.ingest;
