package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.index.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
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

  Highlighter(Analyzer perFieldAnalyzer, Query query) {
    this.analyzer = perFieldAnalyzer;
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... ts) {
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
            return occur == BooleanClause.Occur.MUST_NOT || parent instanceof AnswerType.Evidence
                ? QueryVisitor.EMPTY_VISITOR
                : this;
          }
        });
  }

  boolean isEmpty() {
    return terms.isEmpty() && automata.isEmpty();
  }

  /** The spans of {@code text} to highlight, in order, without duplicates or overlaps. */
  List<Span> spans(String text) {
    List<Match> matches = matches(text);
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
    List<Match> out = new ArrayList<>();
    for (String field : new String[] {Schema.TEXT, Schema.TEXT_EXACT}) {
      Set<String> wanted = terms.getOrDefault(field, Set.of());
      List<ByteRunAutomaton> patterns = automata.getOrDefault(field, List.of());
      if (wanted.isEmpty() && patterns.isEmpty()) continue;
      for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, field, text)) {
        if (wanted.contains(t.term()) || matchesAny(patterns, t.term())) {
          out.add(new Match(new Span(t.start(), t.end()), t.term(), field));
        }
      }
    }
    out.sort(
        (a, b) ->
            a.span().start() != b.span().start()
                ? Integer.compare(a.span().start(), b.span().start())
                : Integer.compare(a.span().end(), b.span().end()));
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
