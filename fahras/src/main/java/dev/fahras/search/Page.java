package dev.fahras.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;

/** One page of hits: the selection cut to the page, each passage read and highlighted. */
final class Page {
  private Page() {}

  /** The hits from {@code options.offset()} to its limit, ranked from offset + 1. */
  static List<PassageHit> hits(
      IndexSearcher searcher,
      List<PerKeySelection.Selected> selected,
      SearchOptions options,
      Highlighter highlighter)
      throws IOException {
    int need = options.offset() + options.limit();
    List<PerKeySelection.Selected> page =
        selected.subList(
            Math.min(options.offset(), selected.size()), Math.min(need, selected.size()));
    PassageReader.Read[] read =
        new PassageReader(searcher.getIndexReader())
            .read(page.stream().mapToInt(PerKeySelection.Selected::doc).toArray());
    List<PassageHit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      hits.add(hit(options.offset() + i + 1, read[i], page.get(i).score(), highlighter));
    }
    return hits;
  }

  /** One hit: {@code p} at {@code rank}, highlighted when {@code highlighter} is not null. */
  static PassageHit hit(int rank, PassageReader.Read p, float score, Highlighter highlighter) {
    return hit(rank, p, score, highlighter == null ? List.of() : highlighter.spans(p.text()));
  }

  /** One hit: {@code p} at {@code rank}, with {@code spans} highlighted. */
  static PassageHit hit(int rank, PassageReader.Read p, float score, List<Span> spans) {
    return new PassageHit(
        rank, p.passage().document(), p.ordinal(), p.text(), p.start(), p.end(), score, spans);
  }
}
