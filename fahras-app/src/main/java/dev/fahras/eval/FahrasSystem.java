package dev.fahras.eval;

import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.InvalidQueryException;
import dev.fahras.search.PassageHit;
import dev.fahras.search.SearchOptions;
import dev.fahras.search.SearcherConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Fahras with its defaults, over an in-memory index of a corpus. */
public final class FahrasSystem implements RetrievalSystem {
  private final FahrasIndexWriter writer;
  private final FahrasSearcher searcher;
  private final String name;

  public FahrasSystem(Path corpus, SearcherConfig searchConfig, String name) throws IOException {
    this(corpus, IndexConfig.defaults(), searchConfig, name);
  }

  /** Fahras over an index of {@code corpus} built as {@code indexConfig} says. */
  public FahrasSystem(
      Path corpus, IndexConfig indexConfig, SearcherConfig searchConfig, String name)
      throws IOException {
    this.name = name;
    this.writer = FahrasIndexWriter.inMemory(indexConfig);
    try (DocumentSource source = Sources.open(corpus, ReadOptions.DEFAULT)) {
      SourceDocument doc;
      while ((doc = source.next()) != null) writer.add(doc);
    }
    writer.commit();
    this.searcher = FahrasSearcher.open(writer, searchConfig);
  }

  /** The searcher over the corpus, for evaluations beyond ranked passages. */
  FahrasSearcher searcher() {
    return searcher;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Result> search(String query, int k) throws IOException {
    List<Result> out = new ArrayList<>();
    try {
      for (PassageHit h :
          searcher
              .search(query, SearchOptions.builder().withLimit(k).withHighlight(false).build())
              .hits()) {
        out.add(new Result(h.docId(), h.docId() + "#" + h.passage(), h.text()));
      }
    } catch (InvalidQueryException e) {
      // counts as no answer
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    searcher.close();
    writer.close();
  }
}
