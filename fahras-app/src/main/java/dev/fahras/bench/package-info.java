/** Speed benchmarks that print tables, and the generator of the benchmark corpus. */
package dev.fahras.bench;
