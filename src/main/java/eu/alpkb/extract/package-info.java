/**
 * Extraction: turns a fetched resource's bytes into one {@link eu.alpkb.extract.ExtractedDocument} whatever the
 * format (Jsoup for HTML, Apache Tika for PDF and Office). Pure: bytes in, record or reason out; no network, no
 * index.
 */
package eu.alpkb.extract;
