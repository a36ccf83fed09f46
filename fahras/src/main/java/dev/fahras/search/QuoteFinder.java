package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the passages that carry a pasted text. Candidates are the passages holding at least two of
 * its rarest words; each is then aligned with it from the index's positions alone: a word of the
 * text counts as carried when it stands in a run of at least {@link #MIN_RUN} of the text's words
 * in the same order and at about the same distances. The analysis chain makes diacritics, hamza
 * seats and digits against number words equal; runs make reordered clauses, a dropped clause and a
 * changed word cost only the words they touch. Only the passages shown are read and re-analyzed, to
 * place the highlights.
 */
final class QuoteFinder {
  /** Characters of pasted text compared at most: a long article is not one quote. */
  static final int MAX_CHARS = 5_000;

  /** Words (stopwords aside) a text needs: fewer is a search, not a quote. */
  static final int MIN_WORDS = 3;

  /** Words of the text, in order, a stretch of a passage must repeat to count. */
  static final int MIN_RUN = 3;

  /**
   * The words of the longest run a passage needs (or all of a shorter text): short runs alone are
   * the event's stock phrases met in another order.
   */
  static final int LONG_RUN = 5;

  /**
   * What a passage must carry to be reported: this many words, or {@link #PART} of a shorter text.
   * Two stock phrases of the event (قوات سوريا الديمقراطية، سجن الصناعة) are fewer.
   */
  static final int MIN_CARRIED = 8;

  static final double PART = 0.5;

  /** Words between carried ones that a document may hold out of any run, and still carry them. */
  static final int MAX_GAP = 2;

  /** How far apart two neighbouring words may stand beyond their distance in the text. */
  private static final int SLACK = 3;

  /** Words of the text that look for candidates together, and their rarest readings asked. */
  private static final int STRETCH = 16;

  private static final int QUERY_TERMS = 12;

  /**
   * Candidates compared in all, shared among the stretches, at least {@link #MIN_CANDIDATES} each.
   */
  private static final int CANDIDATES = 400;

  private static final int MIN_CANDIDATES = 100;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final IndexReader reader;

  QuoteFinder(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.reader = searcher.getIndexReader();
  }

  /**
   * The passages carrying {@code text}, for at most {@code limit} documents.
   *
   * @throws IllegalArgumentException when the text is empty, too long or too short
   */
  QuoteResult find(String text, int limit) throws IOException {
    List<AnalyzedWords.Word> words = words(text);
    Candidates candidates = candidates(words);
    List<Carried> carried = carried(words, candidates.docs());
    PassageReader passages = new PassageReader(reader);
    int[] records = passages.records(carried.stream().mapToInt(Carried::doc).toArray());

    // by document (its record): a passage that only continues the text counts with a document
    // that carries it by itself; a document's share is all its passages carry, short gaps filled
    Set<Integer> carrying = new HashSet<>();
    for (int i = 0; i < records.length; i++) {
      if (!carried.get(i).continues()) carrying.add(records[i]);
    }
    Map<Integer, BitSet> documentWords = new HashMap<>();
    Map<Integer, BitSet> documentMatched = new HashMap<>();
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < records.length; i++) {
      if (!carrying.contains(records[i])) continue;
      Alignment a = carried.get(i).alignment();
      documentWords.computeIfAbsent(records[i], r -> new BitSet()).or(a.words());
      documentMatched.computeIfAbsent(records[i], r -> new BitSet()).or(a.matched());
      placed.add(new Placed(carried.get(i), records[i]));
    }
    Map<Integer, Double> documentShare = new HashMap<>();
    documentWords.forEach(
        (r, w) ->
            documentShare.put(
                r,
                (double) withGapsFilled(w, documentMatched.get(r), words.size()).cardinality()
                    / words.size()));

    // documents carrying more first, then in index order; a document's passages in their order
    placed.sort(
        Comparator.comparingDouble((Placed p) -> -documentShare.get(p.record()))
            .thenComparingInt(Placed::record)
            .thenComparingInt(p -> p.passage().doc()));
    Set<Integer> shown = new HashSet<>();
    List<Placed> page = new ArrayList<>();
    for (Placed p : placed) {
      if (!shown.contains(p.record()) && shown.size() == limit) break;
      shown.add(p.record());
      page.add(p);
    }
    PassageReader.Read[] read =
        passages.read(page.stream().mapToInt(p -> p.passage().doc()).toArray());
    List<QuoteHit> hits = new ArrayList<>();
    for (int k = 0; k < read.length; k++) {
      Alignment a = page.get(k).passage().alignment();
      double share = (double) a.words().cardinality() / words.size();
      List<Span> spans = spans(read[k].text(), a.positions());
      PassageHit hit = Page.hit(hits.size() + 1, read[k], (float) share, spans);
      hits.add(new QuoteHit(hit, share, documentShare.get(page.get(k).record())));
    }
    return new QuoteResult(hits, documentWords.size(), candidates.complete());
  }

  /** The passages compared, ascending; not complete when some stretch filled its share. */
  private record Candidates(int[] docs, boolean complete) {}

  /**
   * Each stretch of the text finds its own candidates: a passage carrying one sentence of a
   * paragraph holds too few of the paragraph's rarest words to rank among them.
   */
  private Candidates candidates(List<AnalyzedWords.Word> words) throws IOException {
    Set<Integer> found = new HashSet<>();
    boolean complete = true;
    int stretches = (words.size() + STRETCH - 1) / STRETCH;
    int perStretch = Math.max(MIN_CANDIDATES, CANDIDATES / stretches);
    for (int from = 0; from < words.size(); from += STRETCH) {
      List<AnalyzedWords.Word> stretch =
          words.subList(from, Math.min(words.size(), from + STRETCH));
      String[] rarest = rarestTerms(stretch);
      if (rarest.length == 0) continue;
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String t : rarest) {
        q.add(new TermQuery(new Term(Schema.TEXT, t)), BooleanClause.Occur.SHOULD);
      }
      q.setMinimumNumberShouldMatch(Math.min(MIN_RUN, rarest.length));
      ScoreDoc[] top = searcher.search(q.build(), perStretch).scoreDocs;
      for (ScoreDoc d : top) found.add(d.doc);
      if (top.length == perStretch) complete = false;
    }
    return new Candidates(found.stream().mapToInt(Integer::intValue).sorted().toArray(), complete);
  }

  /**
   * The candidates that carry the text, and the passages just before and after a partial one that
   * continue it (the text may run on into a passage its own words did not rank); ascending.
   */
  private List<Carried> carried(List<AnalyzedWords.Word> words, int[] docs) throws IOException {
    int[][][] positions = positions(words, docs);
    List<Carried> out = new ArrayList<>();
    Set<Integer> neighbours = new TreeSet<>();
    for (int c = 0; c < docs.length; c++) {
      Alignment a = align(words, positions[c]);
      if (!carries(a, words.size())) continue;
      out.add(new Carried(docs[c], a, false));
      if (a.words().cardinality() == words.size()) continue;
      for (int n : new int[] {docs[c] - 1, docs[c] + 1}) {
        if (n >= 0 && n < reader.maxDoc() && Arrays.binarySearch(docs, n) < 0) neighbours.add(n);
      }
    }
    int[] next = neighbours.stream().mapToInt(Integer::intValue).toArray();
    int[][][] nextPositions = positions(words, next);
    for (int c = 0; c < next.length; c++) {
      Alignment a = align(words, nextPositions[c]);
      if (a.longestRun() >= MIN_RUN) out.add(new Carried(next[c], a, true));
    }
    out.sort(Comparator.comparingInt(Carried::doc));
    return out;
  }

  /**
   * A passage that carries the text.
   *
   * @param continues whether it only continues a neighbour's (reported with a document that carries
   *     it by itself)
   */
  private record Carried(int doc, Alignment alignment, boolean continues) {}

  /** A carried passage and its document's record. */
  private record Placed(Carried passage, int record) {}

  /** The text's words, or a message saying why it cannot be looked for. */
  private List<AnalyzedWords.Word> words(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("the text to look for is empty: paste a sentence or more");
    }
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          "the text to look for has "
              + text.length()
              + " characters; at most "
              + MAX_CHARS
              + " are compared: paste a paragraph or two of it");
    }
    List<AnalyzedWords.Word> words = AnalyzedWords.of(analyzer, text);
    if (words.size() < MIN_WORDS) {
      throw new IllegalArgumentException(
          "the text to look for has "
              + words.size()
              + " searchable word"
              + (words.size() == 1 ? "" : "s")
              + " (stopwords are not counted); a quote needs "
              + MIN_WORDS
              + ": search for it instead");
    }
    return words;
  }

  /** Whether a passage aligned so with a text of {@code n} words is reported. */
  static boolean carries(Alignment a, int n) {
    int carried = a.words().cardinality();
    return a.longestRun() >= Math.min(LONG_RUN, n)
        && (carried >= MIN_CARRIED || carried >= PART * n);
  }

  /** Each word's rarest indexed reading, the rarest words first. */
  private String[] rarestTerms(List<AnalyzedWords.Word> words) throws IOException {
    Map<String, Integer> df = new HashMap<>();
    for (AnalyzedWords.Word w : words) {
      String best = null;
      int bestDf = Integer.MAX_VALUE;
      for (String t : w.readings()) {
        int f = reader.docFreq(new Term(Schema.TEXT, t));
        if (f > 0 && f < bestDf) {
          best = t;
          bestDf = f;
        }
      }
      if (best != null) df.put(best, bestDf);
    }
    return df.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .limit(QUERY_TERMS)
        .map(Map.Entry::getKey)
        .toArray(String[]::new);
  }

  /**
   * For each candidate (in {@code docs}, ascending) and each word of the text, the positions in the
   * candidate of any of the word's readings, sorted; null where there are none.
   */
  private int[][][] positions(List<AnalyzedWords.Word> words, int[] docs) throws IOException {
    int[][][] out = new int[docs.length][words.size()][];
    Map<String, List<Integer>> wordsOfTerm = new HashMap<>();
    for (int w = 0; w < words.size(); w++) {
      for (String t : words.get(w).readings()) {
        wordsOfTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(w);
      }
    }
    List<LeafReaderContext> leaves = reader.leaves();
    int c = 0;
    while (c < docs.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[c], leaves));
      int end = c;
      int docEnd = leaf.docBase + leaf.reader().maxDoc();
      while (end < docs.length && docs[end] < docEnd) end++;
      var terms = leaf.reader().terms(Schema.TEXT);
      if (terms != null) {
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (var e : wordsOfTerm.entrySet()) {
          if (!te.seekExact(new BytesRef(e.getKey()))) continue;
          pe = te.postings(pe, PostingsEnum.POSITIONS);
          for (int i = c; i < end; i++) {
            int local = docs[i] - leaf.docBase;
            int found = pe.docID() < local ? pe.advance(local) : pe.docID();
            if (found != local) continue;
            int[] at = new int[pe.freq()];
            for (int k = 0; k < at.length; k++) at[k] = pe.nextPosition();
            for (int w : e.getValue()) out[i][w] = merge(out[i][w], at);
          }
        }
      }
      c = end;
    }
    return out;
  }

  private static int[] merge(int[] a, int[] b) {
    if (a == null) return b;
    int[] m = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, m, a.length, b.length);
    Arrays.sort(m);
    return m;
  }

  /**
   * The text's words a passage carries and the positions that carry them.
   *
   * @param words indices into the text's words
   * @param matched indices of the words the passage holds anywhere
   * @param positions the passage positions of the carried words, sorted
   * @param longestRun the words of its longest run
   */
  record Alignment(BitSet words, BitSet matched, int[] positions, int longestRun) {}

  /**
   * {@code carried} with its short gaps filled: up to {@link #MAX_GAP} words between carried ones,
   * or before the first or after the last, that the document holds. A passage boundary cuts a run
   * in two, and a text may start or end inside a sentence: the few words on either side of the cut
   * are in no run long enough alone.
   */
  static BitSet withGapsFilled(BitSet carried, BitSet matched, int n) {
    BitSet out = (BitSet) carried.clone();
    int i = 0;
    while (i < n) {
      if (carried.get(i)) {
        i++;
        continue;
      }
      int end = carried.nextSetBit(i);
      if (end < 0) end = n;
      boolean bounded = i > 0 || end < n; // a gap next to some carried word
      if (bounded && end - i <= MAX_GAP) {
        for (int w = i; w < end; w++) if (matched.get(w)) out.set(w);
      }
      i = end;
    }
    return out;
  }

  /**
   * Aligns the text with a passage: the longest chain through each occurrence of each word, a chain
   * stepping to the next word of the text (or over one changed word) at a passage position a little
   * further than in the text.
   */
  static Alignment align(List<AnalyzedWords.Word> words, int[][] at) {
    int n = words.size();
    int[][] forward = new int[n][];
    int[][] backward = new int[n][];
    for (int i = 0; i < n; i++) {
      forward[i] = at[i] == null ? new int[0] : new int[at[i].length];
      backward[i] = new int[forward[i].length];
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < forward[i].length; k++) {
        int best = 0;
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
          best = Math.max(best, longestStep(words, at, forward, i - back, i, at[i][k], true));
        }
        forward[i][k] = best + 1;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      for (int k = 0; k < backward[i].length; k++) {
        int best = 0;
        for (int ahead = 1; ahead <= 2 && i + ahead < n; ahead++) {
          best = Math.max(best, longestStep(words, at, backward, i + ahead, i, at[i][k], false));
        }
        backward[i][k] = best + 1;
      }
    }
    BitSet carried = new BitSet(n);
    BitSet matched = new BitSet(n);
    List<Integer> positions = new ArrayList<>();
    int longest = 0;
    for (int i = 0; i < n; i++) {
      if (forward[i].length > 0) matched.set(i);
      for (int k = 0; k < forward[i].length; k++) {
        int run = forward[i][k] + backward[i][k] - 1;
        longest = Math.max(longest, run);
        if (run >= MIN_RUN) {
          carried.set(i);
          positions.add(at[i][k]);
        }
      }
    }
    return new Alignment(
        carried,
        matched,
        positions.stream().mapToInt(Integer::intValue).sorted().toArray(),
        longest);
  }

  /**
   * The longest chain at word {@code other} that can step to word {@code i} at passage position
   * {@code p}: before it when {@code before}, else after it.
   */
  private static int longestStep(
      List<AnalyzedWords.Word> words,
      int[][] at,
      int[][] chain,
      int other,
      int i,
      int p,
      boolean before) {
    if (at[other] == null) return 0;
    int inText = Math.abs(words.get(i).position() - words.get(other).position());
    int best = 0;
    for (int k = 0; k < at[other].length; k++) {
      int step = before ? p - at[other][k] : at[other][k] - p;
      if (step >= 1 && step <= inText + SLACK) best = Math.max(best, chain[other][k]);
    }
    return best;
  }

  /**
   * The stretches of {@code text} at the carried positions: neighbouring positions (stopwords and a
   * changed word between them) make one stretch.
   */
  private List<Span> spans(String text, int[] positions) {
    if (positions.length == 0) return List.of();
    Map<Integer, int[]> offsets = new HashMap<>();
    for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, Schema.TEXT, text)) {
      offsets.merge(
          t.position(),
          new int[] {t.start(), t.end()},
          (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    List<Span> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    int last = Integer.MIN_VALUE;
    for (int p : positions) {
      int[] o = offsets.get(p);
      if (o == null) continue; // the index and the text disagree: highlight what they agree on
      if (start >= 0 && p - last <= SLACK) {
        end = Math.max(end, o[1]);
      } else {
        if (start >= 0) out.add(new Span(start, end));
        start = o[0];
        end = o[1];
      }
      last = p;
    }
    if (start >= 0) out.add(new Span(start, end));
    return out;
  }
}
