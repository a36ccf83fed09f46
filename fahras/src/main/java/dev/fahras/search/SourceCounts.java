package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** How many passages of each source match a query: the per-source counts of the result. */
final class SourceCounts {
  private SourceCounts() {}

  /** Matching passages per source, largest first, ties by name. */
  static Map<String, Long> count(IndexSearcher searcher, Query query) throws IOException {
    Map<String, Long> counts =
        searcher.search(
            query,
            new CollectorManager<SourceCounter, Map<String, Long>>() {
              @Override
              public SourceCounter newCollector() {
                return new SourceCounter();
              }

              @Override
              public Map<String, Long> reduce(Collection<SourceCounter> collectors) {
                Map<String, Long> m = new HashMap<>();
                for (SourceCounter c : collectors)
                  c.counts.forEach((k, v) -> m.merge(k, v, Long::sum));
                return m;
              }
            });
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        (a, b) ->
            !a.getValue().equals(b.getValue())
                ? Long.compare(b.getValue(), a.getValue())
                : a.getKey().compareTo(b.getKey()));
    Map<String, Long> sorted = new LinkedHashMap<>();
    for (var e : entries) sorted.put(e.getKey(), e.getValue());
    return sorted;
  }

  private static final class SourceCounter implements Collector {
    final Map<String, Long> counts = new HashMap<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SourceOrdinals sources = SourceOrdinals.of(context.reader());
      long[] perOrd = new long[sources.sourceCount() + 1]; // [0]: passages without a source
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          perOrd[sources.ordinalPlusOne(doc)]++;
        }

        @Override
        public void finish() throws IOException {
          SortedDocValues names = context.reader().getSortedDocValues(Schema.SOURCE);
          for (int ord = 1; ord < perOrd.length; ord++) {
            if (perOrd[ord] > 0)
              counts.merge(names.lookupOrd(ord - 1).utf8ToString(), perOrd[ord], Long::sum);
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
