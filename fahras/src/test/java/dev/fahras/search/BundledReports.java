package dev.fahras.search;

import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import java.io.IOException;
import java.nio.file.Path;

/** The bundled reports (testdata/), indexed in memory and committed: the search tests' corpus. */
final class BundledReports {
  private BundledReports() {}

  static FahrasIndexWriter indexed() throws IOException {
    FahrasIndexWriter writer = FahrasIndexWriter.inMemory(IndexConfig.defaults());
    try (DocumentSource source = Sources.open(Path.of("testdata"), ReadOptions.DEFAULT)) {
      SourceDocument d;
      while ((d = source.next()) != null) writer.add(d);
    }
    writer.commit();
    return writer;
  }
}
