/**
 * Enrichment: infers what an extracted document is about (regions, sectors, organisations, projects), what kind of
 * item it is and its language, from the configured vocabularies, keeping the words that caused each tag. Pure:
 * records in, records out; it neither reads sources nor writes the index.
 */
package eu.alpkb.enrich;
