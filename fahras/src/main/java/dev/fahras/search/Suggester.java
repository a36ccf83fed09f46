package dev.fahras.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completes the word being typed from the index's {@link Vocabulary}: the folded prefix is looked
 * up in a weighted FST (Lucene's {@link WFSTCompletionLookup}) as typed and with each proclitic
 * sequence it may begin with set aside, so الحس, والحس and وبالحس all complete to الحسكة, each
 * keeping its own clitics; a completion that most often starts a word sequence also comes with it
 * (قوات سو → قوات سوريا and قوات سوريا الديمقراطية). Ranked by how often the passages use the
 * completed word, or the sequence.
 */
final class Suggester {
  /** The fewest letters completed: one letter matches too much to help. */
  static final int MIN_LETTERS = 2;

  private final Vocabulary vocabulary;
  private final WFSTCompletionLookup lookup;

  Suggester(Vocabulary vocabulary) throws IOException {
    this.vocabulary = vocabulary;
    this.lookup = new WFSTCompletionLookup(new ByteBuffersDirectory(), "suggest", false);
    lookup.build(new Keys(vocabulary));
  }

  /** Bytes the FST holds. */
  long bytes() {
    return lookup.ramBytesUsed();
  }

  /** Up to {@code n} completions of the last word of {@code typed}. */
  List<Suggestion> suggest(String typed, int n) {
    int start = lastWordStart(typed);
    String before = typed.substring(0, start);
    String word = Vocabulary.letters(typed.substring(start), false);
    String key = Vocabulary.fold(word);
    if (n <= 0 || key.length() < MIN_LETTERS || key.length() != word.length()) return List.of();
    Map<String, Candidate> byText = new LinkedHashMap<>();
    for (String clitics : ArabicClitics.ALL) {
      // clitics as typed, letter for letter: آ or أ is no article's alef
      if (!word.startsWith(clitics) || key.length() == clitics.length()) continue;
      String rest = key.substring(clitics.length());
      boolean article = ArabicClitics.endsInArticle(clitics);
      String typedClitics = word.substring(0, clitics.length());
      String typedRest = word.substring(clitics.length());
      // a hamza seat, ة or ى typed says which spelling is meant: such completions come first
      boolean spelt = !typedRest.equals(rest);
      for (Lookup.LookupResult r :
          complete(article ? ArabicClitics.ARTICLE + rest : rest, spelt ? 8 * n : 2 * n)) {
        String completed = vocabulary.written(r.key.toString());
        if (article) completed = completed.substring(ArabicClitics.ARTICLE.length());
        String text = before + typedClitics + completed;
        long rank = spelt && completed.startsWith(typedRest) ? SPELT_AS_TYPED * r.value : r.value;
        Candidate c = new Candidate(new Suggestion(text, completed, r.value), rank);
        byText.merge(Vocabulary.fold(text), c, (x, y) -> x.rank() >= y.rank() ? x : y);
        // and the word sequence it most often starts (قوات سو → قوات سوريا الديمقراطية)
        Vocabulary.Next after = vocabulary.next(r.key.toString());
        if (after != null) {
          String phrase = completed + " " + after.written();
          Candidate p =
              new Candidate(
                  new Suggestion(text + " " + after.written(), phrase, after.count()),
                  rank * after.count() / Math.max(1, r.value));
          byText.merge(
              Vocabulary.fold(p.suggestion().text()), p, (x, y) -> x.rank() >= y.rank() ? x : y);
        }
      }
    }
    List<Candidate> ranked = new ArrayList<>(byText.values());
    ranked.sort(Comparator.comparingLong(Candidate::rank).reversed());
    return ranked.stream().limit(n).map(Candidate::suggestion).toList();
  }

  /** How much a completion spelt as typed (its hamza seats, ة, ى) outranks the others. */
  private static final long SPELT_AS_TYPED = 4;

  private record Candidate(Suggestion suggestion, long rank) {}

  private List<Lookup.LookupResult> complete(String prefix, int n) {
    return lookup.lookup(prefix, (Set<BytesRef>) null, false, n);
  }

  /** Where the word being typed begins: after the last space. */
  private static int lastWordStart(String typed) {
    int i = typed.length();
    while (i > 0 && !Character.isWhitespace(typed.charAt(i - 1))) i--;
    return i;
  }

  /** The vocabulary's keys in order, weighted by their counts. */
  private static final class Keys implements InputIterator {
    private final Vocabulary vocabulary;
    private final BytesRef bytes = new BytesRef();
    private int at = -1;

    Keys(Vocabulary vocabulary) {
      this.vocabulary = vocabulary;
    }

    @Override
    public BytesRef next() {
      if (++at >= vocabulary.size()) return null;
      BytesRef b = new BytesRef(vocabulary.key(at));
      bytes.bytes = b.bytes;
      bytes.offset = b.offset;
      bytes.length = b.length;
      return bytes;
    }

    @Override
    public long weight() {
      return Math.min(vocabulary.count(at), Integer.MAX_VALUE);
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
