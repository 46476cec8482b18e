package eu.alpkb.web;

/** The JSON body of every error answer. */
public record ApiError(String error, int status) {
}
