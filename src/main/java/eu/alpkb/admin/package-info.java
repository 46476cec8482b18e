/**
 * Administration: reindex jobs (one at a time, cancellable, surviving restarts as history), their reports and the
 * query log. Knows nothing of HTTP; the web layer exposes it behind the admin token.
 */
package eu.alpkb.admin;
