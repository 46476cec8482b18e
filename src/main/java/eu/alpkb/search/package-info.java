/**
 * Search: reads what users type (leniently: the text is never an error), runs it on the live index with filters,
 * multi-select facets, highlighting, spelling help, suggestions and related documents. Reads the index through
 * {@link eu.alpkb.index.IndexStore} only; knows nothing of HTTP.
 */
package eu.alpkb.search;
