package dev.fahras.search;

import dev.fahras.analysis.FahrasNormalizer;
import dev.fahras.index.Schema;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The kind of answer a question asks for, told by its question words, and the evidence a passage of
 * that kind holds. Matching the expected answer type is the classic question-answering step (Prager
 * et al., "Question-answering by predictive annotation", SIGIR 2000); here it only adds a constant
 * to passages that hold such evidence, beside the words of the question.
 */
enum AnswerType {
  /** How many: كم، عدد، حصيلة … — a passage stating a number, in digits or in words. */
  COUNT(Set.of("كم", "عدد", "اعداد", "حصيله", "كميه")) {
    @Override
    Query evidence() {
      // number words are indexed as digits too, so one pattern covers both
      return new RegexpQuery(new Term(Schema.TEXT, "[0-9]+"));
    }
  },
  /**
   * Where: أين — a passage with a place word (city, neighbourhood, town, area, village, province,
   * region, a compass point).
   */
  PLACE(Set.of("اين")) {
    @Override
    Query evidence() {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String stem :
          List.of(
              "مدين", "حي", "بلد", "منطق", "قري", "ريف", "محافظ", "شمال", "جنوب", "شرق", "غرب")) {
        b.add(new TermQuery(new Term(Schema.TEXT, stem)), BooleanClause.Occur.SHOULD);
      }
      return b.build();
    }
  },
  /**
   * Why: لماذا — a passage that gives a cause or an aim (سبب، هدف، نتيجة، دافع and their plurals).
   */
  CAUSE(Set.of("لماذا")) {
    @Override
    Query evidence() {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String stem : List.of("سبب", "اسباب", "هدف", "اهداف", "نتيج", "دافع", "دوافع")) {
        b.add(new TermQuery(new Term(Schema.TEXT, stem)), BooleanClause.Occur.SHOULD);
      }
      return b.build();
    }
  },
  /** When: متى، تاريخ، موعد — a passage with a month (any calendar's name), a weekday or a year. */
  DATE(Set.of("متي", "تاريخ", "موعد")) {
    @Override
    Query evidence() {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      // the month filter indexes every month name also as the Western one
      for (String month :
          List.of(
              "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر",
              "اكتوبر", "نوفمبر", "ديسمبر")) {
        b.add(new TermQuery(new Term(Schema.TEXT, month)), BooleanClause.Occur.SHOULD);
      }
      // a weekday as written with its article: the stems احد، اثنين، جمع are also one, two, collect
      for (Map.Entry<String, String> day : WEEKDAYS.entrySet()) {
        b.add(new ExactFormQuery(day.getValue(), day.getKey()), BooleanClause.Occur.SHOULD);
      }
      // a year of the last millennium: 1000–2099 (history as well as news; ARCD +0.001 over
      // 1800–2099)
      b.add(
          new RegexpQuery(new Term(Schema.TEXT, "(1[0-9]|20)[0-9][0-9]")),
          BooleanClause.Occur.SHOULD);
      return b.build();
    }
  };

  /** Each weekday's name with its article, and its stem. */
  static final Map<String, String> WEEKDAYS =
      Map.of(
          "السبت", "سبت",
          "الاحد", "احد",
          "الاثنين", "اثنين",
          "الثلاثاء", "ثلاثاء",
          "الاربعاء", "اربعاء",
          "الخميس", "خميس",
          "الجمعه", "جمع");

  /** The question words, normalized as the analyzer normalizes (ى → ي, ة → ه, أ → ا). */
  private final Set<String> cues;

  AnswerType(Set<String> cues) {
    this.cues = cues;
  }

  /** Passages holding this kind of answer. */
  abstract Query evidence();

  /** The answer types {@code text} asks for (question words may carry و، ف or ال). */
  static Set<AnswerType> of(String text) {
    Set<AnswerType> out = EnumSet.noneOf(AnswerType.class);
    for (String w : text.split("[\\s\\p{Punct}؟،؛]+")) {
      if (w.isEmpty()) continue;
      String n = FahrasNormalizer.DEFAULT.normalize(w);
      for (AnswerType t : values()) {
        if (t.cues.contains(n)
            || n.length() > 1
                && (n.charAt(0) == '\u0648' || n.charAt(0) == '\u0641')
                && t.cues.contains(n.substring(1))
            || n.startsWith("\u0627\u0644") && t.cues.contains(n.substring(2))) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** The evidence as a constant-scoring clause that highlighting leaves alone. */
  Query clause() {
    return new Unhighlighted(new ConstantScoreQuery(evidence()));
  }
}
