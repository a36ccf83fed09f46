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
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TotalHits;

/** How many passages of each source match a query: the per-source counts of the result. */
final class SourceCounts {
  private SourceCounts() {}

  /** The first stage's top documents, and each source's passages among those it was shown. */
  record Alongside(TopDocs top, Map<String, Long> counts, long shown) {
    /**
     * The counts when they are every match's: the collector was shown as many passages as it
     * counted and its count is exact (it is not when Lucene skipped passages that could not
     * compete, or knew a segment's count without visiting it).
     */
    Map<String, Long> exact() {
      return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
              && top.totalHits.value() == shown
          ? counts
          : null;
    }
  }

  /**
   * {@code top}, counting each source's passages among those it is shown: a query with few matches
   * (fewer than the total-hits threshold, where nothing is skipped) then needs no second pass to
   * count them, however costly its matches are to find (a phrase of common words).
   */
  static CollectorManager<Collector, Alongside> alongside(
      CollectorManager<TopScoreDocCollector, TopDocs> top) {
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() throws IOException {
        return new CountingCollector(top.newCollector());
      }

      @Override
      public Alongside reduce(Collection<Collector> collectors) throws IOException {
        List<TopScoreDocCollector> tops = new ArrayList<>();
        List<SourceCounter> counters = new ArrayList<>();
        long shown = 0;
        for (Collector c : collectors) {
          CountingCollector counting = (CountingCollector) c;
          tops.add(counting.top);
          counters.add(counting.counts);
          shown += counting.shown;
        }
        return new Alongside(top.reduce(tops), largestFirst(counters), shown);
      }
    };
  }

  /** A top-documents collector that also counts sources: it keeps the top one's score mode. */
  private static final class CountingCollector implements Collector {
    final TopScoreDocCollector top;
    final SourceCounter counts = new SourceCounter();
    long shown;

    CountingCollector(TopScoreDocCollector top) {
      this.top = top;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafCollector counter = counts.getLeafCollector(context);
      return new FilterLeafCollector(top.getLeafCollector(context)) {
        @Override
        public void collect(int doc) throws IOException {
          counter.collect(doc);
          shown++;
          super.collect(doc);
        }

        @Override
        public void finish() throws IOException {
          counter.finish();
          super.finish();
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return top.scoreMode();
    }
  }

  /** Matching passages per source, largest first, ties by name. */
  static Map<String, Long> count(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(
        query,
        new CollectorManager<SourceCounter, Map<String, Long>>() {
          @Override
          public SourceCounter newCollector() {
            return new SourceCounter();
          }

          @Override
          public Map<String, Long> reduce(Collection<SourceCounter> collectors) {
            return largestFirst(collectors);
          }
        });
  }

  /** The counters' counts summed, largest first, ties by name. */
  private static Map<String, Long> largestFirst(Collection<SourceCounter> counters) {
    Map<String, Long> counts = new HashMap<>();
    for (SourceCounter c : counters) c.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
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
