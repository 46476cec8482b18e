/**
 * Search as its users meet it, whatever engine answers: the reader's interface ({@link eu.alpkb.search.SearchIndex}),
 * requests and answers, the facet dimensions ({@link eu.alpkb.search.Dimension}), the lenient reading of what is
 * typed ({@link eu.alpkb.search.QuerySyntax}: the text is never an error) and the filter values people write. Knows
 * nothing of Lucene or HTTP.
 */
package eu.alpkb.search;
