/**
 * Arabic analysis for Lucene: character folding, letter normalization, the superscript alef, months
 * and numbers written in words, stopwords and light stemming, each a filter with an SPI factory
 * ({@code fahras*}), composed by {@link dev.fahras.analysis.FahrasArabicAnalyzer}. Depends on
 * Lucene only.
 */
package dev.fahras.analysis;
