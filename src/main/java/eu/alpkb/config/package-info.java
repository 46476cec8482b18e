/**
 * Configuration: typed, immutable records read from the human-edited files in {@code index-config/}, and their
 * validation. Loading either returns a consistent {@link eu.alpkb.config.Config} or throws a
 * {@link eu.alpkb.config.ConfigException} naming file, line and field. Nothing here reads documents or the index.
 */
package eu.alpkb.config;
