/**
 * Benchmarks and the scale generator that feeds them. Run by hand (see README, Performance), never by
 * {@code mvn verify}; each figure is measured next to a plain-Lucene or plain-Jsoup baseline in the same run.
 */
package eu.alpkb.bench;
