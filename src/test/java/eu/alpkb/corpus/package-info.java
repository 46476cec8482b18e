/**
 * Builds the bundled demo archive: reads the Markdown sources under {@code corpus/src/} and writes the static
 * AlpClusters2020 site under {@code corpus/site/} plus the answer key {@code corpus/answers.json}, then checks them.
 *
 * <p>It lives in test scope because only maintainers run it: the service never depends on it, and the generated
 * site is committed so that the service and its tests read plain files. The output must be a pure function of the
 * sources (sorted iteration, fixed PDF IDs and dates, fixed ZIP timestamps), so that a rebuild without source changes
 * leaves {@code git status} clean. It must not read anything outside the corpus folder nor touch the network.
 */
package eu.alpkb.corpus;
