/**
 * Readers for the public evaluation sets in {@code ../shared/} (real pages, public test collections), shared by
 * the quality tests and benchmarks of every stage. They only read; nothing from those sets is copied here.
 */
package eu.alpkb.eval;
