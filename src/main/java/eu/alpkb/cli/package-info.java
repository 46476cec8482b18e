/** The command line: parses arguments with picocli and runs the services; no logic of its own. */
package eu.alpkb.cli;
