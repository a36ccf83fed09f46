package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a user typed into a Lucene query over the passage fields. Thread-safe.
 *
 * <p>Ranking: BM25 over passages. For the free words of a query, each word may match the stemmed
 * field ({@link Schema#TEXT}, weight 1) and the exact field ({@link Schema#TEXT_EXACT}, weight
 * {@link #EXACT_BOOST}), so exact forms rank above stem-only matches; the words near one another
 * (within {@link #PROXIMITY_SLOP} positions) add {@link #PROXIMITY_BOOST}, and with three words or
 * more each adjacent pair near each other adds {@link #PAIR_BOOST}; a match in the title adds
 * {@link #TITLE_BOOST}; a match through synonyms, or through a {@link RelatedForms relative} of a
 * query word (حارس → حراس, هجوم → هجم, استسلم → استسلام), adds a constant {@link #SYNONYM_BOOST},
 * so the words as typed outrank their synonyms; when the query asks how many (كم، عدد، حصيلة), when
 * (متى، تاريخ), where (أين) or why (لماذا), a passage holding that kind of answer (a number; a
 * month, weekday or year; a place word; a cause or aim) adds a constant {@link #ANSWER_BOOST}
 * ({@link AnswerType}). Stopwords and punctuation (question words, ؟) never reach the query.
 */
public final class QueryFactory {
  static final float EXACT_BOOST = 0.5f;
  static final float TITLE_BOOST = 0.2f;
  static final float PROXIMITY_BOOST = 0.6f;

  /** Synonym expansions count at this weight, beside the words as typed (weight 1). */
  static final float SYNONYM_BOOST = 0.5f;

  static final int PROXIMITY_SLOP = 4;
  static final float PAIR_BOOST = 0.4f;
  static final int PAIR_SLOP = 2;

  /**
   * A passage holding the kind of answer a question asks for ({@link AnswerType}) gains this
   * constant.
   */
  static final float ANSWER_BOOST = 0.5f;

  /** Limits: query length in chars, clauses, prefix length. */
  public static final int MAX_QUERY_CHARS = 1000;

  public static final int MAX_CLAUSES = 256;
  public static final int MIN_PREFIX_CHARS = 2;

  private final Analyzer analyzer;
  private final QueryBuilder builder;

  /** With synonyms, or null when there are none. */
  private final QueryBuilder synonymBuilder;

  /** Queries analyzed like the index. */
  public QueryFactory(Analyzer perFieldAnalyzer) {
    this(perFieldAnalyzer, null);
  }

  /**
   * Queries analyzed like the index ({@code perFieldAnalyzer}), plus, when {@code withSynonyms} is
   * not null, a lower-weighted expansion through it.
   */
  public QueryFactory(Analyzer perFieldAnalyzer, Analyzer withSynonyms) {
    this.analyzer = perFieldAnalyzer;
    this.builder = new QueryBuilder(perFieldAnalyzer);
    this.synonymBuilder = withSynonyms == null ? null : new QueryBuilder(withSynonyms);
  }

  /** Builds the query for {@code text}; never null (a query that matches nothing if need be). */
  public Query build(String text, SearchOptions.Mode mode) {
    if (text == null) throw new InvalidQueryException("the query is empty");
    if (text.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException(
          "the query is " + text.length() + " characters long; the limit is " + MAX_QUERY_CHARS,
          MAX_QUERY_CHARS);
    }
    Query q = mode == SearchOptions.Mode.ADVANCED ? advanced(text) : plain(text);
    int clauses = countClauses(q);
    if (clauses > MAX_CLAUSES) {
      throw new InvalidQueryException(
          "the query has "
              + clauses
              + " clauses; the limit is "
              + MAX_CLAUSES
              + ": use fewer words");
    }
    return q;
  }

  // ---- plain mode

  /** One unit of a plain query: a word run or a quoted phrase, with its +/- sign. */
  record Part(String text, boolean phrase, char sign) {}

  /** Splits plain text into free words, "quoted phrases" and +must / -not parts. */
  static List<Part> parts(String text) {
    List<Part> parts = new ArrayList<>();
    StringBuilder free = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        free.append(' ');
        i++;
        continue;
      }
      boolean atWordStart = i == 0 || Character.isWhitespace(text.charAt(i - 1));
      char sign = 0;
      int j = i;
      if (atWordStart
          && (c == '+' || c == '-')
          && i + 1 < n
          && !Character.isWhitespace(text.charAt(i + 1))) {
        sign = c;
        j = i + 1;
      }
      char q = text.charAt(j);
      if (atWordStart && isOpenQuote(q)) {
        int close = j + 1;
        while (close < n && !isCloseQuote(text.charAt(close))) close++;
        parts.add(new Part(text.substring(j + 1, Math.min(close, n)), true, sign));
        i = Math.min(close + 1, n);
        continue;
      }
      if (sign != 0) {
        int end = j;
        while (end < n && !Character.isWhitespace(text.charAt(end))) end++;
        parts.add(new Part(text.substring(j, end), false, sign));
        i = end;
        continue;
      }
      free.append(c);
      i++;
    }
    if (!free.toString().isBlank())
      parts.add(0, new Part(free.toString().strip(), false, (char) 0));
    return parts;
  }

  private static boolean isOpenQuote(char c) {
    return c == '"' || c == '“' || c == '«' || c == '”';
  }

  private static boolean isCloseQuote(char c) {
    return c == '"' || c == '”' || c == '»' || c == '“';
  }

  Query plain(String text) {
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    boolean positive = false;
    for (Part part : parts(text)) {
      Query q =
          part.phrase()
              ? phrase(part.text())
              : part.sign() == 0 ? words(part.text()) : anyForm(part.text());
      if (q == null) continue;
      switch (part.sign()) {
        case '+' -> {
          top.add(q, BooleanClause.Occur.MUST);
          positive = true;
        }
        case '-' -> top.add(q, BooleanClause.Occur.MUST_NOT);
        default -> {
          top.add(q, part.phrase() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
          positive = true;
        }
      }
    }
    if (!positive) return new BooleanQuery.Builder().build(); // matches nothing
    return top.build();
  }

  /** Free words: stemmed + exact + proximity + title, all optional. */
  private Query words(String text) {
    Query stemmed = builder.createBooleanQuery(Schema.TEXT, text, BooleanClause.Occur.SHOULD);
    if (stemmed == null) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(stemmed, BooleanClause.Occur.SHOULD);
    if (synonymBuilder != null) {
      Query expanded =
          synonymBuilder.createBooleanQuery(Schema.TEXT, text, BooleanClause.Occur.SHOULD);
      if (expanded != null && !expanded.equals(stemmed))
        b.add(synonymClause(expanded), BooleanClause.Occur.SHOULD);
    }
    Query exact = builder.createBooleanQuery(Schema.TEXT_EXACT, text, BooleanClause.Occur.SHOULD);
    if (exact != null) b.add(new BoostQuery(exact, EXACT_BOOST), BooleanClause.Occur.SHOULD);
    Query near = builder.createPhraseQuery(Schema.TEXT, text, PROXIMITY_SLOP);
    if (near != null && !(near instanceof TermQuery) && isMultiPosition(near)) {
      b.add(new BoostQuery(near, PROXIMITY_BOOST), BooleanClause.Occur.SHOULD);
    }
    List<String> content = contentWords(text);
    if (content.size() >= 3) {
      // adjacent pairs near each other (sequential dependence, Metzler and Croft 2005): a passage
      // with two of the words side by side outranks one with a single rare word
      for (int i = 0; i + 1 < content.size(); i++) {
        Query pair =
            builder.createPhraseQuery(
                Schema.TEXT, content.get(i) + " " + content.get(i + 1), PAIR_SLOP);
        if (pair != null && isMultiPosition(pair) && !(pair instanceof TermQuery)) {
          b.add(new BoostQuery(pair, PAIR_BOOST), BooleanClause.Occur.SHOULD);
        }
      }
    }
    for (String form : relatedForms(text)) {
      b.add(synonymClause(new TermQuery(new Term(Schema.TEXT, form))), BooleanClause.Occur.SHOULD);
    }
    Query title = builder.createBooleanQuery(Schema.TITLE, text, BooleanClause.Occur.SHOULD);
    if (title != null) b.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
    for (AnswerType type : AnswerType.of(text))
      b.add(new BoostQuery(type.clause(), ANSWER_BOOST), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  /** The {@link RelatedForms} of the stems of {@code text}. */
  private List<String> relatedForms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
      var term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.addAll(RelatedForms.of(term));
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot fail", e);
    }
    return out;
  }

  /** The whitespace-separated words of {@code text} that are not stopwords or punctuation. */
  private List<String> contentWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("\\s+")) {
      if (w.isEmpty()) continue;
      try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, w)) {
        ts.reset();
        if (ts.incrementToken()) out.add(w);
        while (ts.incrementToken()) {}
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analyzing a string cannot fail", e);
      }
    }
    return out;
  }

  private static boolean isMultiPosition(Query q) {
    return !(q instanceof SynonymQuery);
  }

  /**
   * A synonym expansion scores a constant: a rare multi-word synonym of a common word would
   * otherwise outscore the word itself through its higher IDF.
   */
  private static Query synonymClause(Query expanded) {
    return new BoostQuery(new ConstantScoreQuery(expanded), SYNONYM_BOOST);
  }

  /** A +word or -word: any of its forms. */
  private Query anyForm(String text) {
    Query stemmed = builder.createBooleanQuery(Schema.TEXT, text, BooleanClause.Occur.SHOULD);
    Query exact = builder.createBooleanQuery(Schema.TEXT_EXACT, text, BooleanClause.Occur.SHOULD);
    if (stemmed == null && exact == null) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (stemmed != null) b.add(stemmed, BooleanClause.Occur.SHOULD);
    if (exact != null) b.add(new BoostQuery(exact, EXACT_BOOST), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  /** A quoted phrase: the words in order, exact forms scoring higher. */
  private Query phrase(String text) {
    Query stemmed = builder.createPhraseQuery(Schema.TEXT, text, 0);
    if (stemmed == null) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(stemmed, BooleanClause.Occur.SHOULD);
    if (synonymBuilder != null) {
      Query expanded = synonymBuilder.createPhraseQuery(Schema.TEXT, text, 0);
      if (expanded != null && !expanded.equals(stemmed))
        b.add(synonymClause(expanded), BooleanClause.Occur.SHOULD);
    }
    // the exact field has no positions: the phrase is required on the stemmed field, and the
    // exact forms of its words add their weight
    Query exact = builder.createBooleanQuery(Schema.TEXT_EXACT, text, BooleanClause.Occur.SHOULD);
    if (exact != null) b.add(new BoostQuery(exact, EXACT_BOOST), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  // ---- advanced mode

  Query advanced(String text) {
    FieldAwareParser parser = new FieldAwareParser(analyzer);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw syntaxError(text, e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "the query expands to too many terms; use a longer prefix or fewer words");
    }
  }

  private static final Pattern PARSER_COLUMN = Pattern.compile("at line \\d+, column (\\d+)");
  private static final String SYNTAX_HINT =
      "check quotes, parentheses and field names (text, exact, title, source, date, id), or use plain mode";

  /**
   * A user-ready message for a classic-parser error: what is wrong, at which position (1-based in
   * the message, 0-based in {@link InvalidQueryException#position()}), and a hint — none of the
   * parser's token names ({@code <EOF>}, {@code <FUZZY_SLOP>}).
   */
  static InvalidQueryException syntaxError(String text, ParseException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("Lexical error")) {
      int quote = unclosedQuote(text);
      if (quote >= 0) {
        return new InvalidQueryException(
            "syntax error: the quote at position "
                + (quote + 1)
                + " is never closed; "
                + SYNTAX_HINT,
            quote);
      }
      return new InvalidQueryException(
          "syntax error: a stray backslash at the end; " + SYNTAX_HINT, text.length());
    }
    Matcher m = PARSER_COLUMN.matcher(message);
    int column = m.find() ? Math.min(Integer.parseInt(m.group(1)), text.length()) : -1;
    if (column < 0) {
      // one of our own messages (an unknown field, a bad date): already for users
      String prefix = "Cannot parse '" + text + "': ";
      if (message.startsWith(prefix)) message = message.substring(prefix.length());
      int nl = message.indexOf('\n');
      return new InvalidQueryException(nl > 0 ? message.substring(0, nl) : message);
    }
    // the parser reports the end of the query as column = length, and a token before trailing
    // blanks
    if (message.contains("Encountered \"<EOF>\"") || text.substring(column).isBlank()) {
      return new InvalidQueryException(
          "syntax error: the query ends too early (position "
              + (text.length() + 1)
              + "): close the parenthesis or range, or finish the operator or field before it; "
              + SYNTAX_HINT,
          text.length());
    }
    int end = column;
    while (end < text.length()
        && !Character.isWhitespace(text.charAt(end))
        && (end == column || "()[]{}\"".indexOf(text.charAt(end)) < 0)) end++;
    return new InvalidQueryException(
        "syntax error at position "
            + (column + 1)
            + ": unexpected '"
            + text.substring(column, end)
            + "'; "
            + SYNTAX_HINT,
        column);
  }

  /** The position of a quote left open, or -1. */
  private static int unclosedQuote(String text) {
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') i++;
      else if (c == '"') open = open < 0 ? i : -1;
    }
    return open;
  }

  /** Classic syntax with our fields; prefix, wildcard and fuzzy terms go to the exact field. */
  private static final class FieldAwareParser extends QueryParser {
    FieldAwareParser(Analyzer analyzer) {
      super(Schema.TEXT, analyzer);
      setDefaultOperator(QueryParser.Operator.OR);
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(false);
    }

    private static String field(String field) throws ParseException {
      return switch (field) {
        case Schema.TEXT -> Schema.TEXT;
        case Schema.TEXT_EXACT, "exact" -> Schema.TEXT_EXACT;
        case Schema.TITLE -> Schema.TITLE;
        case Schema.SOURCE -> Schema.SOURCE;
        case Schema.DATE -> Schema.DATE;
        case "id", Schema.DOC_ID -> Schema.DOC_ID;
        default ->
            throw new ParseException(
                "unknown field '" + field + "'; use text, exact, title, source, date or id");
      };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      String f = field(field);
      if (f.equals(Schema.SOURCE) || f.equals(Schema.DOC_ID))
        return new TermQuery(new Term(f, queryText));
      if (f.equals(Schema.DATE)) {
        long day = day(queryText);
        return LongPoint.newExactQuery(Schema.DATE, day);
      }
      if (quoted && f.equals(Schema.TEXT_EXACT)) f = Schema.TEXT; // phrases need positions
      return super.getFieldQuery(f, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      String f = field(field);
      // phrases need positions, which only the stemmed text field has
      return super.getFieldQuery(f.equals(Schema.TEXT_EXACT) ? Schema.TEXT : f, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      String f = field(field);
      if (f.equals(Schema.DATE)) {
        long lo =
            part1 == null || part1.equals("*")
                ? Long.MIN_VALUE
                : day(part1) + (startInclusive ? 0 : 1);
        long hi =
            part2 == null || part2.equals("*")
                ? Long.MAX_VALUE
                : day(part2) - (endInclusive ? 0 : 1);
        return LongPoint.newRangeQuery(Schema.DATE, lo, hi);
      }
      throw new ParseException(
          "ranges work on the date field only, e.g. date:[2022-01-01 TO 2022-02-01]");
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      String norm = normalized(termStr);
      if (norm.length() < MIN_PREFIX_CHARS) {
        throw new ParseException(
            "a prefix needs at least " + MIN_PREFIX_CHARS + " letters: '" + termStr + "*'");
      }
      return new PrefixQuery(new Term(textField(field), norm));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      int firstWildcard = firstWildcard(termStr);
      if (firstWildcard < MIN_PREFIX_CHARS) {
        throw new ParseException(
            "a wildcard needs at least " + MIN_PREFIX_CHARS + " letters before * or ?");
      }
      StringBuilder b = new StringBuilder();
      StringBuilder run = new StringBuilder();
      for (char c : termStr.toCharArray()) {
        if (c == '*' || c == '?') {
          b.append(normalized(run.toString())).append(c);
          run.setLength(0);
        } else {
          run.append(c);
        }
      }
      b.append(normalized(run.toString()));
      return new WildcardQuery(new Term(textField(field), b.toString()));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      String norm = normalized(termStr);
      int edits = minSimilarity >= 1 ? Math.min((int) minSimilarity, 2) : 2;
      return new FuzzyQuery(new Term(textField(field), norm), edits, 1);
    }

    private String textField(String field) throws ParseException {
      String f = field(field);
      if (f.equals(Schema.TEXT) || f.equals(Schema.TEXT_EXACT)) return Schema.TEXT_EXACT;
      if (f.equals(Schema.TITLE)) return Schema.TITLE;
      throw new ParseException("prefix, wildcard and fuzzy terms work on text and title");
    }

    private String normalized(String s) {
      if (s.isEmpty()) return s;
      return getAnalyzer().normalize(Schema.TEXT_EXACT, s).utf8ToString();
    }

    private static int firstWildcard(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '*' || s.charAt(i) == '?') return i;
      }
      return s.length();
    }

    private static long day(String text) throws ParseException {
      try {
        return SearchOptions.parseDate(text).toEpochDay();
      } catch (IllegalArgumentException e) {
        throw new ParseException(e.getMessage());
      }
    }
  }

  static int countClauses(Query q) {
    int[] count = {0};
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            count[0] += terms.length;
          }

          @Override
          public void visitLeaf(Query query) {
            count[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return count[0];
  }
}
