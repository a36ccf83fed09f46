package dev.fahras.search;

/**
 * A completion of what the user is typing.
 *
 * @param text the query with its last word completed, the words before it and the typed clitics
 *     kept ({@code وبالمست} → {@code وبالمستشفى})
 * @param word the completed word, as the passages most often write it
 * @param count how often the passages use the word (without the clitics)
 */
public record Suggestion(String text, String word, long count) {}
