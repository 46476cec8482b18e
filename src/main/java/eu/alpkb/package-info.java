/**
 * alpkb: full-text search and knowledge base for the archives of EU cooperation projects. {@link eu.alpkb.Services}
 * wires the stages together; each stage lives in its own package, in the order documents flow through them:
 * config, ingest, extract, enrich, index, search, then web, with pipeline, admin and cli around them.
 */
package eu.alpkb;
