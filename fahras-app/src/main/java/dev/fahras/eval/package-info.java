/** Relevance evaluation: answer-pattern queries and TREC judgments, Fahras beside stock Lucene. */
package dev.fahras.eval;
