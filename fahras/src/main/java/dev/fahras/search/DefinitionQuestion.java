package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.FahrasNormalizer;
import dev.fahras.index.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanFirstQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * A question asking what or who something is (ما هو القمر، من هو زين الدين زيدان، من هم الدروز):
 * the passage that defines its subject names it first ("القمر هو…", "زين الدين زيدان (مواليد…)"). A
 * definition question is the classic kind whose answer is a passage about the subject rather than a
 * fact inside one (Voorhees, "Overview of the TREC 2003 question answering track").
 */
final class DefinitionQuestion {
  private DefinitionQuestion() {}

  /** ما or من, then the pronoun; or the two written as one word. */
  private static final Set<String> ASKING = Set.of("ما", "من");

  private static final Set<String> PRONOUNS = Set.of("هو", "هي", "هم", "هن");
  private static final Set<String> JOINED = Set.of("ماهو", "ماهي", "منهو", "منهي", "منهم");

  /** A subject is a name or a term (حمزة بن عبد المطلب), not a longer question. */
  static final int MAX_SUBJECT_WORDS = 4;

  /** The subject must open the passage: a word of it at the first position. */
  static final int FIRST_POSITIONS = 1;

  /**
   * The evidence for {@code text} when it asks what or who its subject is (only that: ما هو X؟), a
   * constant-scoring clause; null for any other text.
   */
  static Query evidence(Analyzer analyzer, String text) {
    String subject = subject(text);
    if (subject == null) return null;
    List<SpanQuery> stems = new ArrayList<>();
    int words = subject.split(" ").length;
    if (words > MAX_SUBJECT_WORDS) return null;
    int position = -1;
    for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, Schema.TEXT, subject)) {
      if (t.position() != position) words--;
      position = t.position();
      stems.add(new SpanTermQuery(new Term(Schema.TEXT, t.term())));
    }
    // a name or a term, every word of it a content word (not ما هو الاجتماع الذي سبق…)
    if (stems.isEmpty() || words != 0) return null;
    SpanQuery any =
        stems.size() == 1 ? stems.get(0) : new SpanOrQuery(stems.toArray(SpanQuery[]::new));
    return new Unhighlighted(new ConstantScoreQuery(new SpanFirstQuery(any, FIRST_POSITIONS)));
  }

  /** The words after ما هو / من هو, or null when {@code text} is not such a question. */
  static String subject(String text) {
    String[] words = text.strip().split("[\\s\\p{Punct}؟،؛]+");
    int i = 0;
    if (words.length > 0 && JOINED.contains(normalize(words[0]))) {
      i = 1;
    } else if (words.length > 1
        && ASKING.contains(normalize(words[0]))
        && PRONOUNS.contains(normalize(words[1]))) {
      i = 2;
    } else {
      return null;
    }
    StringBuilder rest = new StringBuilder();
    for (; i < words.length; i++) {
      if (!words[i].isEmpty()) rest.append(rest.isEmpty() ? "" : " ").append(words[i]);
    }
    return rest.isEmpty() ? null : rest.toString();
  }

  private static String normalize(String w) {
    return FahrasNormalizer.DEFAULT.normalize(w);
  }
}
