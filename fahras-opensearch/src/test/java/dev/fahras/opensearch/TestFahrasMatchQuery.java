package dev.fahras.opensearch;

import java.io.IOException;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.Operator;
import org.opensearch.test.OpenSearchTestCase;

/** {@code fahras_match} as the engine reads, prints and sends it between nodes. */
public class TestFahrasMatchQuery extends OpenSearchTestCase {
  public void testShortAndLongFormsAreOneQuery() throws IOException {
    FahrasMatchQueryBuilder shortForm = parse("{\"text\": \"مسؤول السجن\"}");
    FahrasMatchQueryBuilder longForm =
        parse("{\"text\": {\"query\": \"مسؤول السجن\", \"boost\": 2, \"_name\": \"q\"}}");
    assertEquals("text", shortForm.field());
    assertEquals("مسؤول السجن", shortForm.text());
    assertEquals(1f, shortForm.boost(), 0f);
    assertEquals(2f, longForm.boost(), 0f);
    assertEquals("q", longForm.queryName());
    assertNotEquals(shortForm, longForm);
    assertEquals(shortForm, parse("{\"text\": {\"query\": \"مسؤول السجن\"}}"));
    FahrasMatchQueryBuilder every =
        parse(
            "{\"text\": {\"query\": \"مسؤول السجن\", \"operator\": \"AND\","
                + " \"minimum_should_match\": \"75%\"}}");
    assertEquals(Operator.AND, every.operator());
    assertEquals("75%", every.minimumShouldMatch());
    assertEquals(Operator.OR, shortForm.operator());
    assertNull(shortForm.minimumShouldMatch());
  }

  /** Printed and parsed back, or written and read as between nodes, it is the same query. */
  public void testRoundTrips() throws IOException {
    FahrasMatchQueryBuilder q =
        new FahrasMatchQueryBuilder("title", randomRealisticUnicodeOfLength(12))
            .operator(randomFrom(Operator.values()))
            .minimumShouldMatch(randomBoolean() ? null : randomIntBetween(1, 3) + "")
            .boost(randomFloat() + 0.5f)
            .queryName(randomBoolean() ? null : "named");
    XContentBuilder json = XContentType.JSON.contentBuilder();
    q.toXContent(json, ToXContent.EMPTY_PARAMS);
    try (XContentParser parser = createParser(json)) {
      assertEquals(XContentParser.Token.START_OBJECT, parser.nextToken());
      assertEquals(XContentParser.Token.FIELD_NAME, parser.nextToken());
      assertEquals(FahrasMatchQueryBuilder.NAME, parser.currentName());
      assertEquals(XContentParser.Token.START_OBJECT, parser.nextToken());
      assertEquals(q, FahrasMatchQueryBuilder.fromXContent(parser));
    }
    try (BytesStreamOutput out = new BytesStreamOutput()) {
      q.writeTo(out);
      try (StreamInput in = out.bytes().streamInput()) {
        FahrasMatchQueryBuilder read = new FahrasMatchQueryBuilder(in);
        assertEquals(q, read);
        assertEquals(q.hashCode(), read.hashCode());
      }
    }
  }

  /** A malformed body is refused with what is wrong in it. */
  public void testMalformedBodiesAreNamed() {
    assertRefused(
        "{\"text\": {\"query\": \"a\", \"fuzziness\": 1}}", "does not support [fuzziness]");
    assertRefused("{\"text\": \"a\", \"title\": \"b\"}", "[title]");
    assertRefused("{\"text\": {\"boost\": 2}}", "no query text for [text]");
    assertRefused("{}", "names no field");
    expectThrows(
        IllegalArgumentException.class,
        () -> parse("{\"text\": {\"query\": \"a\", \"operator\": \"xor\"}}"));
  }

  private void assertRefused(String body, String expected) {
    ParsingException e = expectThrows(ParsingException.class, () -> parse(body));
    assertTrue(e.getMessage(), e.getMessage().contains(expected));
  }

  private FahrasMatchQueryBuilder parse(String body) throws IOException {
    try (XContentParser parser = createParser(XContentType.JSON.xContent(), body)) {
      assertEquals(XContentParser.Token.START_OBJECT, parser.nextToken());
      return FahrasMatchQueryBuilder.fromXContent(parser);
    }
  }
}
