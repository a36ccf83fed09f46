package dev.fahras.opensearch;

import dev.fahras.analysis.query.WordsQueryBuilder;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.opensearch.common.lucene.search.Queries;
import org.opensearch.core.ParseField;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.mapper.MappedFieldType;
import org.opensearch.index.mapper.StringFieldType;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.Operator;
import org.opensearch.index.query.QueryShardContext;

/**
 * {@code fahras_match}: the words of a text on one field, as the library searches them. The field's
 * search analyzer stacks a word's readings (وأدرى as ادر and وادر) and, with {@code
 * fahras_related_forms}, its related forms at their weight; {@link WordsQueryBuilder} makes each
 * word's readings one prunable clause and each related form a clause of its own. The engine's
 * {@code match} makes one {@code SynonymQuery} of them, which dynamic pruning cannot skip beside
 * the other words.
 *
 * <p>As the engine's {@code match}: {@code operator} ({@code or}, the default, or {@code and}:
 * every word) and {@code minimum_should_match} (how many words, in the engine's syntax: 2, 75%).
 *
 * <pre>{"fahras_match": {"text": "مسؤول السجن"}}
 * {"fahras_match": {"text": {"query": "مسؤول السجن", "operator": "and", "boost": 2}}}</pre>
 */
public final class FahrasMatchQueryBuilder extends AbstractQueryBuilder<FahrasMatchQueryBuilder> {
  public static final String NAME = "fahras_match";

  private static final ParseField QUERY = new ParseField("query");
  private static final ParseField OPERATOR = new ParseField("operator");
  private static final ParseField MINIMUM_SHOULD_MATCH = new ParseField("minimum_should_match");

  private final String field;
  private final String text;
  private Operator operator = Operator.OR;
  private String minimumShouldMatch;

  public FahrasMatchQueryBuilder(String field, String text) {
    if (field == null || field.isEmpty())
      throw new IllegalArgumentException("[" + NAME + "] needs a field");
    if (text == null) throw new IllegalArgumentException("[" + NAME + "] needs query text");
    this.field = field;
    this.text = text;
  }

  public FahrasMatchQueryBuilder(StreamInput in) throws IOException {
    super(in);
    field = in.readString();
    text = in.readString();
    operator = Operator.readFromStream(in);
    minimumShouldMatch = in.readOptionalString();
  }

  /** Whether a passage needs any word ({@code OR}, the default) or every word ({@code AND}). */
  public FahrasMatchQueryBuilder operator(Operator operator) {
    this.operator = Objects.requireNonNull(operator, "operator");
    return this;
  }

  /** How many words a passage needs, in the engine's syntax (2, -1, 75%); null: no minimum. */
  public FahrasMatchQueryBuilder minimumShouldMatch(String minimumShouldMatch) {
    this.minimumShouldMatch = minimumShouldMatch;
    return this;
  }

  public Operator operator() {
    return operator;
  }

  public String minimumShouldMatch() {
    return minimumShouldMatch;
  }

  public String field() {
    return field;
  }

  public String text() {
    return text;
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(field);
    out.writeString(text);
    operator.writeTo(out);
    out.writeOptionalString(minimumShouldMatch);
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.startObject(field);
    builder.field(QUERY.getPreferredName(), text);
    builder.field(OPERATOR.getPreferredName(), operator.name().toLowerCase(Locale.ROOT));
    if (minimumShouldMatch != null) {
      builder.field(MINIMUM_SHOULD_MATCH.getPreferredName(), minimumShouldMatch);
    }
    printBoostAndQueryName(builder);
    builder.endObject();
    builder.endObject();
  }

  /** Reads the body after the query's name: one field, its text or an object with {@code query}. */
  public static FahrasMatchQueryBuilder fromXContent(XContentParser parser) throws IOException {
    String field = null;
    String text = null;
    float boost = DEFAULT_BOOST;
    String queryName = null;
    Operator operator = Operator.OR;
    String minimumShouldMatch = null;
    String current = null;
    XContentParser.Token token;
    while ((token = parser.nextToken()) != XContentParser.Token.END_OBJECT) {
      if (token == XContentParser.Token.FIELD_NAME) {
        current = parser.currentName();
      } else if (token == XContentParser.Token.START_OBJECT) {
        throwParsingExceptionOnMultipleFields(NAME, parser.getTokenLocation(), field, current);
        field = current;
        while ((token = parser.nextToken()) != XContentParser.Token.END_OBJECT) {
          if (token == XContentParser.Token.FIELD_NAME) {
            current = parser.currentName();
          } else if (token.isValue() && QUERY.match(current, parser.getDeprecationHandler())) {
            text = parser.text();
          } else if (token.isValue() && OPERATOR.match(current, parser.getDeprecationHandler())) {
            operator = Operator.fromString(parser.text());
          } else if (token.isValue()
              && MINIMUM_SHOULD_MATCH.match(current, parser.getDeprecationHandler())) {
            minimumShouldMatch = parser.textOrNull();
          } else if (token.isValue()
              && BOOST_FIELD.match(current, parser.getDeprecationHandler())) {
            boost = parser.floatValue();
          } else if (token.isValue() && NAME_FIELD.match(current, parser.getDeprecationHandler())) {
            queryName = parser.text();
          } else {
            throw new ParsingException(
                parser.getTokenLocation(),
                "["
                    + NAME
                    + "] does not support ["
                    + current
                    + "]; it takes query, operator, minimum_should_match, boost, _name");
          }
        }
      } else if (token.isValue()) {
        throwParsingExceptionOnMultipleFields(NAME, parser.getTokenLocation(), field, current);
        field = current;
        text = parser.text();
      } else {
        throw new ParsingException(
            parser.getTokenLocation(),
            "[" + NAME + "] unexpected [" + token + "] after [" + current + "]");
      }
    }
    if (field == null) {
      throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] names no field");
    }
    if (text == null) {
      throw new ParsingException(
          parser.getTokenLocation(), "[" + NAME + "] has no query text for [" + field + "]");
    }
    return new FahrasMatchQueryBuilder(field, text)
        .operator(operator)
        .minimumShouldMatch(minimumShouldMatch)
        .boost(boost)
        .queryName(queryName);
  }

  @Override
  protected Query doToQuery(QueryShardContext context) throws IOException {
    MappedFieldType type = context.fieldMapper(field);
    if (type == null) return new MatchNoDocsQuery("no field [" + field + "] in the mapping");
    if (!(type instanceof StringFieldType)) { // a number or a date is no words
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "[%s] searches text fields; [%s] is of type [%s]",
              NAME,
              field,
              type.typeName()));
    }
    Analyzer analyzer = context.getSearchAnalyzer(type);
    Query words =
        new WordsQueryBuilder(analyzer)
            .createBooleanQuery(type.name(), text, operator.toBooleanClauseOccur());
    if (words == null) return new MatchNoDocsQuery("no word of [" + text + "] is searched");
    return Queries.maybeApplyMinimumShouldMatch(words, minimumShouldMatch);
  }

  @Override
  protected boolean doEquals(FahrasMatchQueryBuilder other) {
    return field.equals(other.field)
        && text.equals(other.text)
        && operator == other.operator
        && Objects.equals(minimumShouldMatch, other.minimumShouldMatch);
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(field, text, operator, minimumShouldMatch);
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }
}
