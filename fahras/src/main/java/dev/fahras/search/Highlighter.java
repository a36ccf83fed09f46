package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.index.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Finds the words of a passage that a query matched, as spans of the passage's original text.
 *
 * <p>The passage is analyzed again, field by field, and each token whose term the query asks for is
 * lit whole: the span is the token's offsets, so diacritics, tatweel and presentation forms stay
 * inside it and an article is never lit alone. Immutable per query; thread-safe.
 */
final class Highlighter {
  /** A word of the passage that matched: its span, the query term, the field. */
  record Match(Span span, String term, String field) {}

  private final Analyzer analyzer;
  private final Map<String, Set<String>> terms = new HashMap<>();
  private final Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();
  private final List<Phrase> phrases = new ArrayList<>();
  private final Set<Query> seenMultiPhrases = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The spans need not analyze the passage for exact forms ({@link #exactFormsLitByStems}). */
  private final boolean skipExact;

  /** Consecutive positions, each with the terms that may stand there, in one field. */
  private record Phrase(String field, List<Set<String>> slots) {
    static Phrase of(PhraseQuery q) {
      List<Set<String>> slots = slots(q.getPositions());
      Term[] terms = q.getTerms();
      int[] positions = q.getPositions();
      for (int i = 0; i < terms.length; i++)
        slots.get(positions[i] - positions[0]).add(terms[i].text());
      return new Phrase(q.getField(), slots);
    }

    static Phrase of(MultiPhraseQuery q) {
      List<Set<String>> slots = slots(q.getPositions());
      Term[][] terms = q.getTermArrays();
      int[] positions = q.getPositions();
      String field = terms[0][0].field();
      for (int i = 0; i < terms.length; i++) {
        for (Term t : terms[i]) slots.get(positions[i] - positions[0]).add(t.text());
      }
      return new Phrase(field, slots);
    }

    private static List<Set<String>> slots(int[] positions) {
      List<Set<String>> slots = new ArrayList<>();
      for (int i = 0; i <= positions[positions.length - 1] - positions[0]; i++) {
        slots.add(new HashSet<>());
      }
      return slots;
    }
  }

  Highlighter(Analyzer perFieldAnalyzer, Query query) {
    this.analyzer = perFieldAnalyzer;
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... ts) {
            // an exact phrase lights only where it matched, not its words wherever they are
            if (q instanceof PhraseQuery pq && pq.getSlop() == 0 && ts.length > 1) {
              phrases.add(Phrase.of(pq));
              return;
            }
            if (q instanceof MultiPhraseQuery mpq && mpq.getSlop() == 0) {
              if (mpq.getTermArrays().length > 1) {
                if (seenMultiPhrases.add(mpq)) phrases.add(Phrase.of(mpq));
                return;
              }
            }
            for (Term t : ts) terms.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.text());
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            automata.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            // an excluded word, or answer-type evidence (a number, a month: not words the user
            // typed)
            return occur == BooleanClause.Occur.MUST_NOT || parent instanceof Unhighlighted
                ? QueryVisitor.EMPTY_VISITOR
                : this;
          }
        });
    this.skipExact = exactFormsLitByStems();
  }

  /**
   * Whether every exact form asked for is also lit through its stem, so the spans need no second
   * analysis of the passage (the exact forms of plain words always are: they come with their
   * stems).
   */
  private boolean exactFormsLitByStems() {
    Set<String> forms = terms.getOrDefault(Schema.EXACT_FORMS, Set.of());
    if (automata.containsKey(Schema.EXACT_FORMS)) return false;
    if (phrases.stream().anyMatch(p -> p.field().equals(Schema.EXACT_FORMS))) return false;
    Set<String> stems = terms.getOrDefault(Schema.TEXT, Set.of());
    for (String form : forms) {
      boolean lit = false;
      for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, Schema.TEXT, form))
        lit |= stems.contains(t.term());
      if (!lit) return false;
    }
    return true;
  }

  boolean isEmpty() {
    return terms.isEmpty() && automata.isEmpty() && phrases.isEmpty();
  }

  /** The spans of {@code text} to highlight, in order, without duplicates or overlaps. */
  List<Span> spans(String text) {
    return merged(matches(text, skipExact));
  }

  /** Whether {@link #spans} leaves out the exact-form analysis (for tests). */
  boolean skipsExactForms() {
    return skipExact;
  }

  /** The spans as if every field were analyzed again (for tests: {@link #spans} must agree). */
  List<Span> spansReadingEveryField(String text) {
    return merged(matches(text, false));
  }

  private static List<Span> merged(List<Match> matches) {
    List<Span> spans = new ArrayList<>();
    for (Match m : matches) {
      Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && m.span().start() < last.end()) {
        if (m.span().end() > last.end())
          spans.set(spans.size() - 1, new Span(last.start(), m.span().end()));
      } else {
        spans.add(m.span());
      }
    }
    return spans;
  }

  /** Every matching token of {@code text}, ordered by start offset. */
  List<Match> matches(String text) {
    return matches(text, false);
  }

  private List<Match> matches(String text, boolean withoutExact) {
    List<Match> out = new ArrayList<>();
    for (String field : new String[] {Schema.TEXT, Schema.EXACT_FORMS, Schema.STOPWORDS}) {
      if (withoutExact && field.equals(Schema.EXACT_FORMS)) continue;
      Set<String> wanted = terms.getOrDefault(field, Set.of());
      List<ByteRunAutomaton> patterns = automata.getOrDefault(field, List.of());
      List<Phrase> fieldPhrases = phrases.stream().filter(p -> p.field().equals(field)).toList();
      if (wanted.isEmpty() && patterns.isEmpty() && fieldPhrases.isEmpty()) continue;
      List<AnalyzedToken> tokens = AnalyzedToken.analyze(analyzer, field, text);
      for (AnalyzedToken t : tokens) {
        if (wanted.contains(t.term()) || matchesAny(patterns, t.term())) {
          out.add(new Match(new Span(t.start(), t.end()), t.term(), field));
        }
      }
      for (Phrase p : fieldPhrases) out.addAll(phraseMatches(p, tokens));
    }
    out.sort(
        (a, b) ->
            a.span().start() != b.span().start()
                ? Integer.compare(a.span().start(), b.span().start())
                : Integer.compare(a.span().end(), b.span().end()));
    return out;
  }

  /** Each place where {@code phrase} matches, position after position, as one span. */
  private static List<Match> phraseMatches(Phrase phrase, List<AnalyzedToken> tokens) {
    Map<Integer, List<AnalyzedToken>> byPosition = new HashMap<>();
    for (AnalyzedToken t : tokens) {
      byPosition.computeIfAbsent(t.position(), k -> new ArrayList<>()).add(t);
    }
    List<Match> out = new ArrayList<>();
    for (int start : byPosition.keySet()) {
      List<AnalyzedToken> matched = new ArrayList<>();
      for (int i = 0; i < phrase.slots().size(); i++) {
        Set<String> slot = phrase.slots().get(i);
        AnalyzedToken hit = null;
        for (AnalyzedToken t : byPosition.getOrDefault(start + i, List.of())) {
          if (slot.isEmpty() || slot.contains(t.term())) {
            hit = t;
            break;
          }
        }
        if (hit == null) {
          matched = null;
          break;
        }
        if (!slot.isEmpty()) matched.add(hit);
      }
      if (matched == null || matched.isEmpty()) continue;
      // one span for the whole phrase, from its first word to its last
      AnalyzedToken first = matched.get(0);
      AnalyzedToken last = matched.get(matched.size() - 1);
      String terms = String.join(" ", matched.stream().map(AnalyzedToken::term).toList());
      out.add(new Match(new Span(first.start(), last.end()), terms, phrase.field()));
    }
    return out;
  }

  private static boolean matchesAny(List<ByteRunAutomaton> patterns, String term) {
    if (patterns.isEmpty()) return false;
    BytesRef bytes = new BytesRef(term);
    for (ByteRunAutomaton a : patterns) {
      if (a.run(bytes.bytes, bytes.offset, bytes.length)) return true;
    }
    return false;
  }
}
