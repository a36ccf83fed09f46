package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.query.WordsQueryBuilder;
import dev.fahras.index.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The advanced syntax: Lucene's classic query syntax over Fahras's fields (text, exact, title,
 * source, date, id), with errors a person can act on.
 */
final class AdvancedQueryParser {
  private AdvancedQueryParser() {}

  static final int MIN_PREFIX_CHARS = QueryFactory.MIN_PREFIX_CHARS;

  /** A leading article, after و or ف and ب or ك; or لل. */
  private static final Pattern ARTICLE =
      Pattern.compile("[\u0648\u0641]?(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644)");

  /**
   * {@code text} as a query; when nothing in it could be searched because every word of the text
   * field is a stopword ("ومن قبل", فكيف), those words as phrases on the stopword field, as plain
   * mode does (then {@link RankedQuery#onlyStopwords()}). Only then: in a query with other words, a
   * stopword matching nearly every passage would be no evidence.
   */
  static RankedQuery parseRanked(Analyzer analyzer, String text) {
    Query q = parse(analyzer, text, false);
    if (onlyExclusions(q)) {
      Query stopwords = parse(analyzer, text, true);
      if (!onlyExclusions(stopwords)) return new RankedQuery(stopwords, null, true);
    }
    return new RankedQuery(q, null);
  }

  /** Whether {@code q} looks for nothing: no clause, or only clauses that exclude. */
  private static boolean onlyExclusions(Query q) {
    return q instanceof BooleanQuery b
        && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
  }

  private static Query parse(Analyzer analyzer, String text, boolean stopwordFields) {
    FieldAwareParser parser = new FieldAwareParser(analyzer, stopwordFields);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw syntaxError(text, e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "the query expands to too many terms; use a longer prefix or fewer words");
    } catch (TooComplexToDeterminizeException e) {
      // many * and ? in one word (found by fuzzing): the matcher Lucene builds would be huge
      throw new InvalidQueryException(
          "a wildcard term is too complex; use fewer * and ? in one word");
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

  /**
   * Classic syntax with our fields; prefix, wildcard and fuzzy terms run on the stemmed field, and
   * exact: words on their payload codes ({@link ExactFormQuery}).
   */
  private static final class FieldAwareParser extends QueryParser {
    /** Whether a text word that is only stopwords is searched on the stopword field. */
    private final boolean stopwordFields;

    FieldAwareParser(Analyzer analyzer, boolean stopwordFields) {
      super(Schema.TEXT, analyzer);
      this.stopwordFields = stopwordFields;
      setDefaultOperator(QueryParser.Operator.OR);
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(false);
    }

    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
      return WordsQueryBuilder.position(field, terms);
    }

    private static String field(String field) throws ParseException {
      return switch (field) {
        case Schema.TEXT -> Schema.TEXT;
        case Schema.EXACT_FORMS, "exact" -> Schema.EXACT_FORMS;
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
      if (f.equals(Schema.EXACT_FORMS)) {
        // a phrase is found on the stemmed field; words as written by their payload codes
        if (!quoted) return ExactFormQuery.of(getAnalyzer(), queryText);
        f = Schema.TEXT;
      }
      Query q = super.getFieldQuery(f, queryText, quoted);
      if (q == null && stopwordFields && f.equals(Schema.TEXT))
        q = StopwordPhrase.of(getAnalyzer(), queryText);
      return q;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      String f = field(field);
      // phrases need positions, which only the stemmed text field has
      return super.getFieldQuery(f.equals(Schema.EXACT_FORMS) ? Schema.TEXT : f, queryText, slop);
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
      Matcher article = ARTICLE.matcher(norm);
      if (article.lookingAt() && norm.length() - article.end() < MIN_PREFIX_CHARS) {
        // the field holds words without their article: a prefix of the article and one letter
        // would find only the few stems that begin with the article's letters
        throw new ParseException(
            "a prefix needs at least "
                + MIN_PREFIX_CHARS
                + " letters after the article: '"
                + termStr
                + "*' is too short; type more of the word (\u0627\u0644\u062D\u0633*)");
      }
      String f = textField(field);
      // the field holds stems, without the article and the endings: المستش* is also مستش*, and
      // مستشفي* is also the prefix's own stem, مستشف* (مستشفيات → مستشف)
      Set<String> prefixes = new LinkedHashSet<>();
      prefixes.add(norm);
      String bare = withoutArticle(norm);
      if (bare != null) prefixes.add(bare);
      String stem = stem(f, termStr);
      if (stem != null && stem.length() >= MIN_PREFIX_CHARS) prefixes.add(stem);
      if (prefixes.size() == 1) return new PrefixQuery(new Term(f, norm));
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String p : prefixes) b.add(new PrefixQuery(new Term(f, p)), BooleanClause.Occur.SHOULD);
      return b.build();
    }

    /** {@code prefix} without a leading article (ال، وال، فال، بال، كال، لل), or null. */
    private static String withoutArticle(String prefix) {
      Matcher m = ARTICLE.matcher(prefix);
      if (!m.lookingAt() || prefix.length() - m.end() < MIN_PREFIX_CHARS) return null;
      return prefix.substring(m.end());
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

    /**
     * Regular expressions are refused: a few characters of one can ask Lucene for an automaton that
     * fills the heap (found by fuzzing), and prefixes and wildcards cover what users need.
     */
    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new ParseException(
          "regular expressions (/…/) are not supported; use a prefix (سجن*) or a wildcard"
              + " (س?جن), or put the slashes in quotes");
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      String f = textField(field);
      // on the stemmed field, the word's stem is what its neighbours are compared with
      String stem = stem(f, termStr);
      String word = stem != null ? stem : normalized(termStr);
      int edits = minSimilarity >= 1 ? Math.min((int) minSimilarity, 2) : 2;
      return new FuzzyQuery(new Term(f, word), edits, 1);
    }

    private String textField(String field) throws ParseException {
      String f = field(field);
      if (f.equals(Schema.TEXT) || f.equals(Schema.EXACT_FORMS)) return Schema.TEXT;
      if (f.equals(Schema.TITLE)) return Schema.TITLE;
      throw new ParseException("prefix, wildcard and fuzzy terms work on text and title");
    }

    private String normalized(String s) {
      if (s.isEmpty()) return s;
      return getAnalyzer().normalize(Schema.EXACT_FORMS, s).utf8ToString();
    }

    /** The first stem of {@code word} in {@code field}, or null when the analysis drops it. */
    private String stem(String field, String word) {
      List<AnalyzedToken> tokens = AnalyzedToken.analyze(getAnalyzer(), field, word);
      return tokens.isEmpty() ? null : tokens.get(0).term();
    }

    private static int firstWildcard(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '*' || s.charAt(i) == '?') return i;
      }
      return s.length();
    }

    private static long day(String text) throws ParseException {
      // date:"" names no day (parseDate reads empty text as "no date")
      if (text == null || text.isBlank()) throw new ParseException("date: needs a day, YYYY-MM-DD");
      try {
        return SearchOptions.parseDate(text).toEpochDay();
      } catch (IllegalArgumentException e) {
        throw new ParseException(e.getMessage());
      }
    }
  }
}
