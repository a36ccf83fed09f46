/**
 * The query API: {@link dev.fahras.search.FahrasSearcher} turns plain or advanced queries into
 * ranked, highlighted passages, with filters, per-document caps, the per-source view and
 * explanations.
 */
package dev.fahras.search;
