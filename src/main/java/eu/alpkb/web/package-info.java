/**
 * The web layer: Javalin routes, controllers that translate HTTP to service calls and back, JSON shapes, error
 * mapping and the server-rendered pages. The only package that imports Javalin.
 */
package eu.alpkb.web;
