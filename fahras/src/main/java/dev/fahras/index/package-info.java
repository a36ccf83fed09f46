/**
 * The on-disk (or in-memory) passage index: {@link dev.fahras.index.Schema} owns the field names,
 * {@link dev.fahras.index.FahrasIndexWriter} writes, {@link dev.fahras.index.Indexer} runs
 * multithreaded indexing with error policies.
 */
package dev.fahras.index;
