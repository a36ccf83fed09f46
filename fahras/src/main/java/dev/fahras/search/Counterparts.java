package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the passages of other sources that tell what one passage tells. Candidates are the passages
 * of other sources sharing its stems (BM25, rarest stems first); each is then measured against it:
 * the share of the shorter one's information, its stems weighted by how rare they are (a shared
 * name counts, a shared word of the whole event little), that both hold. Numbers count whether
 * written in digits or in words, as the analysis chain reads both as digits. Below {@link
 * #SAME_FACT} nothing is reported: a passage no other source carries gets no counterpart, not its
 * nearest neighbours.
 */
final class Counterparts {
  /**
   * The share of weighted information two passages must share to tell the same fact: their shared
   * stems' weight over the geometric mean of their wholes (a short title inside a long passage
   * shares little). Calibrated on the bundled reports' gold facts (testdata/eval/same-facts.tsv,
   * {@code eval --compare-sources}) among 0.25, 0.2, 0.15 and 0.1: recall@3 0.08 / 0.18 / 0.28 /
   * 0.43, precision 1.00 / 0.78 / 0.49 / 0.30, passages of their own left alone 1.00 / 0.93 / 0.62
   * / 0.28. Rewording, not the threshold, bounds the rest: the same fact told in other words shares
   * few stems.
   */
  static final double SAME_FACT = 0.2;

  /** The share of the shorter passage's words standing in the same order in the other. */
  static final double QUOTE = 0.8;

  /** Words a passage needs, at least, to be compared at all. */
  static final int MIN_WORDS = 4;

  // measured at 1M passages (bench counterparts): 64 terms and 50 candidates took 103 / 231 ms
  // (p50 / p99), 32 and 20 take 33 / 130 ms and find counterparts for 820 passages of 1,000
  // against 842; the bundled reports' pairs are the same. Without a filter to passages (only
  // passages hold the text field) 16 / 33 ms; 16 terms lose gold pairs (recall@3 0.161)
  private static final int CANDIDATES = 20;
  private static final int MAX_QUERY_TERMS = 32;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final IndexReader reader;
  private final Map<String, Double> idf = new HashMap<>();

  Counterparts(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.reader = searcher.getIndexReader();
  }

  /**
   * The counterparts of passage {@code ordinal} of document {@code docId}, best first, at most one
   * per document and {@code limit} in all.
   *
   * @throws IllegalArgumentException when there is no such passage
   */
  List<Counterpart> of(String docId, int ordinal, int limit) throws IOException {
    int doc = PassageReader.locate(searcher, docId, ordinal);
    PassageReader passages = new PassageReader(reader);
    PassageReader.Read self = passages.read(doc);
    List<AnalyzedWords.Word> words = AnalyzedWords.of(analyzer, self.text());
    Set<String> own = AnalyzedWords.terms(words);
    if (words.size() < MIN_WORDS) return List.of();

    BooleanQuery.Builder q = new BooleanQuery.Builder();
    own.stream()
        .filter(t -> weight(t) > 0)
        .sorted(Comparator.comparingDouble(this::weight).reversed())
        .limit(MAX_QUERY_TERMS)
        .forEach(t -> q.add(new TermQuery(new Term(Schema.TEXT, t)), BooleanClause.Occur.SHOULD));
    q.add(
        new TermQuery(new Term(Schema.SOURCE, self.passage().document().source())),
        BooleanClause.Occur.MUST_NOT);
    ScoreDoc[] top = searcher.search(q.build(), CANDIDATES).scoreDocs;
    int[] docs = new int[top.length];
    for (int i = 0; i < top.length; i++) docs[i] = top[i].doc;
    PassageReader.Read[] read = passages.read(docs);

    Map<String, Found> bestPerDocument = new LinkedHashMap<>();
    for (int i = 0; i < read.length; i++) {
      List<AnalyzedWords.Word> theirWords = AnalyzedWords.of(analyzer, read[i].text());
      if (theirWords.size() < MIN_WORDS) continue;
      double overlap = sharedInformation(own, AnalyzedWords.terms(theirWords));
      if (overlap < SAME_FACT) continue;
      double ordered =
          (double) commonSubsequence(words, theirWords) / Math.min(words.size(), theirWords.size());
      Counterpart.Kind kind =
          ordered >= QUOTE ? Counterpart.Kind.QUOTE : Counterpart.Kind.SAME_FACT;
      bestPerDocument.merge(
          read[i].passage().document().id(),
          new Found(read[i], top[i].score, kind, overlap),
          (x, y) -> x.overlap() >= y.overlap() ? x : y);
    }
    List<Found> best = new ArrayList<>(bestPerDocument.values());
    best.sort(
        Comparator.comparing((Found f) -> f.kind() != Counterpart.Kind.QUOTE)
            .thenComparing(Comparator.comparingDouble(Found::overlap).reversed()));
    List<Counterpart> out = new ArrayList<>();
    for (Found f : best.subList(0, Math.min(limit, best.size()))) {
      PassageHit hit = Page.hit(out.size() + 1, f.read(), f.score(), List.of());
      out.add(new Counterpart(hit, f.kind(), f.overlap()));
    }
    return out;
  }

  /** A candidate that passed, before it is ranked. */
  private record Found(
      PassageReader.Read read, float score, Counterpart.Kind kind, double overlap) {}

  /** What the two hold in common, weighted by rarity, over the geometric mean of their wholes. */
  private double sharedInformation(Set<String> a, Set<String> b) {
    double shared = 0;
    double wa = 0;
    double wb = 0;
    for (String t : a) {
      double w = weight(t);
      wa += w;
      if (b.contains(t)) shared += w;
    }
    for (String t : b) wb += weight(t);
    // the geometric mean of the two wholes: a short title inside a long passage shares little
    double whole = Math.sqrt(wa * wb);
    return whole == 0 ? 0 : shared / whole;
  }

  /** A stem's weight: its BM25 idf over the passages (0 for a stem no passage holds). */
  private double weight(String term) {
    return idf.computeIfAbsent(
        term,
        t -> {
          try {
            long n = reader.getDocCount(Schema.TEXT);
            int df = reader.docFreq(new Term(Schema.TEXT, t));
            return df == 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /** The length of the longest common subsequence of two word lists (a word: any reading). */
  static int commonSubsequence(List<AnalyzedWords.Word> a, List<AnalyzedWords.Word> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] =
            a.get(i - 1).sharesReadingWith(b.get(j - 1))
                ? prev[j - 1] + 1
                : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }
}
