package dev.fahras.search;

/**
 * What the typing aids of one view of the index cost.
 *
 * @param words distinct words (spellings an Arabic reader takes for one count as one)
 * @param bytes estimated memory: the words, their written forms and counts, and the suggestion FST
 * @param buildMillis time to read the words from the index
 */
public record TypingAidsCost(int words, long bytes, long buildMillis) {}
