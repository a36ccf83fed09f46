package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects the {@code n} best-scoring passages of every source in one pass over the matches, for
 * the per-source comparison view; per segment it keeps lists indexed by the source's ordinal
 * ({@link SourceOrdinals}), so a hit costs an array read and a comparison, and once every source of
 * the segment is full it lets the scorer skip documents that cannot compete. The count of matches
 * is then a lower bound.
 */
final class BestPerSource implements Collector {
  record Result(ScoreDoc[] hits, long total) {}

  private final int n;

  /** Per source name: its best hits, at most n, any order. */
  private final Map<String, List<ScoreDoc>> best = new HashMap<>();

  private long total;

  private BestPerSource(int n) {
    this.n = n;
  }

  static CollectorManager<BestPerSource, Result> manager(int n) {
    return new CollectorManager<>() {
      @Override
      public BestPerSource newCollector() {
        return new BestPerSource(n);
      }

      @Override
      public Result reduce(Collection<BestPerSource> collectors) {
        Map<String, List<ScoreDoc>> merged = new HashMap<>();
        long total = 0;
        for (BestPerSource c : collectors) {
          total += c.total;
          c.best.forEach(
              (k, v) -> {
                for (ScoreDoc sd : v)
                  offer(merged.computeIfAbsent(k, x -> new ArrayList<>()), sd, n);
              });
        }
        List<ScoreDoc> all = new ArrayList<>();
        merged.values().forEach(all::addAll);
        return new Result(all.toArray(ScoreDoc[]::new), total);
      }
    };
  }

  private static void offer(List<ScoreDoc> kept, ScoreDoc sd, int n) {
    if (kept.size() < n) {
      kept.add(sd);
      return;
    }
    int worst = 0;
    for (int i = 1; i < kept.size(); i++) if (kept.get(i).score < kept.get(worst).score) worst = i;
    if (sd.score > kept.get(worst).score) kept.set(worst, sd);
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SourceOrdinals sources = SourceOrdinals.of(context.reader());
    int ords = Math.max(1, sources.sourceCount());
    List<List<ScoreDoc>> perOrd = new ArrayList<>(ords);
    for (int i = 0; i < ords; i++) perOrd.add(null);
    return new LeafCollector() {
      private Scorable scorer;

      /**
       * Sources of this segment that hold n hits already; when all do, low scores can be skipped.
       */
      private int full;

      private float floor;

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        total++;
        int ord = Math.max(0, sources.ordinalPlusOne(doc) - 1);
        List<ScoreDoc> kept = perOrd.get(ord);
        if (kept == null) perOrd.set(ord, kept = new ArrayList<>(n));
        float score = scorer.score();
        if (kept.size() == n) {
          float min = Float.MAX_VALUE;
          for (ScoreDoc sd : kept) min = Math.min(min, sd.score);
          if (score <= min) return;
        }
        boolean wasFull = kept.size() == n;
        offer(kept, new ScoreDoc(context.docBase + doc, score), n);
        if (!wasFull && kept.size() == n) full++;
        if (full >= ords) raiseFloor();
      }

      /**
       * Once every source of the segment holds n hits, a hit scoring below the lowest of their n-th
       * best can enter no list: let the scorer skip such documents (WAND).
       */
      private void raiseFloor() throws IOException {
        float min = Float.MAX_VALUE;
        for (List<ScoreDoc> kept : perOrd) {
          if (kept == null || kept.size() < n) return;
          float worst = Float.MAX_VALUE;
          for (ScoreDoc sd : kept) worst = Math.min(worst, sd.score);
          min = Math.min(min, worst);
        }
        if (min > floor) {
          floor = min;
          scorer.setMinCompetitiveScore(Math.nextUp(min));
        }
      }

      @Override
      public void finish() throws IOException {
        SortedDocValues dv = context.reader().getSortedDocValues(Schema.SOURCE);
        for (int ord = 0; ord < perOrd.size(); ord++) {
          List<ScoreDoc> kept = perOrd.get(ord);
          if (kept == null) continue;
          String key = dv == null ? "" : dv.lookupOrd(ord).utf8ToString();
          List<ScoreDoc> global = best.computeIfAbsent(key, k -> new ArrayList<>());
          for (ScoreDoc sd : kept) offer(global, sd, n);
        }
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }
}
