/**
 * Queries over what Fahras's analyzers make: a word's stacked readings as one prunable clause
 * ({@link dev.fahras.analysis.query.ReadingsQuery}), built by {@link
 * dev.fahras.analysis.query.WordsQueryBuilder}. Used by the library and by the OpenSearch plugin's
 * {@code fahras_match}. Depends on Lucene only.
 */
package dev.fahras.analysis.query;
