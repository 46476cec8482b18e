/**
 * The index: field names in one place ({@link eu.alpkb.index.IndexFields}), the analysis chains, the mapping of an
 * enriched document to Lucene fields and facets, and the lifecycle of the index on disk (generations, atomic swap,
 * schema version). The only stage that writes Lucene; it knows nothing of sources, HTTP or query syntax.
 */
package eu.alpkb.index;
