package dev.fahras.index;

/**
 * What indexing one document produced.
 *
 * @param passages passages indexed
 * @param boilerplateLines lines set aside as boilerplate
 * @param chars length of the document text
 */
public record AddResult(int passages, int boilerplateLines, long chars) {}
