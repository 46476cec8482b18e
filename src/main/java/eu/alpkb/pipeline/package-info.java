/**
 * The pipeline: drives documents from sources through extraction and enrichment into the index, and reports what
 * happened to each. The one place where the stages meet; each stage stays unaware of the others.
 */
package eu.alpkb.pipeline;
