/**
 * The web layer: Javalin routes, controllers that translate HTTP to service calls and back, JSON shapes, error
 * mapping and the server-rendered pages. The only package that imports Javalin.
 *
 * <p>Pages are JTE templates ({@code src/main/jte}) turned into Java at build time and rendered from
 * package-private page models ({@code *View} records) that hold only display-ready values; the templates escape
 * everything they print. Styles, scripts and the icon are files under {@code src/main/resources/assets}, never
 * inline, so the Content-Security-Policy can forbid inline code. Every word a page or an error answer shows comes
 * from the bundles behind {@code Messages}, in the language of {@code hl} or {@code Accept-Language};
 * scripts take their words from the page that loads them.
 */
package eu.alpkb.web;
