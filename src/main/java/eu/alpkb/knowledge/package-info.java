/**
 * The knowledge base: the organisations, people, projects, places, sectors and events the archive knows about, each
 * with a stable id, its names, the facts the vocabularies and the documents state about it (every fact with its
 * evidence), its relations, the entities it appears with and a timeline of its documents.
 *
 * <p>It reads through the {@link eu.alpkb.search.SearchIndex} port only, so it answers the same on every index
 * engine, and it keeps nothing of its own: the curated core comes from the configured vocabularies and
 * {@code entities.yaml}, everything found in the texts from the index.
 */
package eu.alpkb.knowledge;
