/**
 * The index, behind two narrow interfaces: the write session a run changes it through
 * ({@link eu.alpkb.index.DocumentIndex}, {@link eu.alpkb.index.WriteSession}) and the reader searches go through
 * ({@link eu.alpkb.search.SearchIndex}, implemented by {@link eu.alpkb.index.LuceneReader}). Here is the embedded
 * Lucene engine: field names, analysis chains, the mapping of an enriched document to fields and facets, the lifecycle
 * of the index on disk (generations, atomic swap, schema version), and the Lucene queries, facet counting,
 * highlighting, suggestions and related documents. It knows nothing of sources or HTTP.
 */
package eu.alpkb.index;
