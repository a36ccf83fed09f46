package dev.fahras.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.index.Schema;

/**
 * Whatever a user types, in either mode, becomes a query or an {@link InvalidQueryException} whose
 * message a person can read (no parser token names): nothing else. Seeds in {@code
 * QuerySyntaxFuzzTestInputs/}.
 */
class QuerySyntaxFuzzTest {
  private static final QueryFactory QUERIES =
      new QueryFactory(Schema.indexAnalyzer(new FahrasArabicAnalyzer()));

  @FuzzTest(maxDuration = "30s")
  void queryOrUserReadyError(FuzzedDataProvider data) {
    boolean advanced = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    try {
      assertNotNull(
          QUERIES.build(text, advanced ? SearchOptions.Mode.ADVANCED : SearchOptions.Mode.PLAIN));
    } catch (InvalidQueryException e) {
      String message = e.getMessage();
      assertNotNull(message);
      // the parser's own words, unless the user typed them (the message quotes the query)
      for (String parserWord : new String[] {"<EOF>", "Encountered", "Exception"}) {
        assertFalse(message.contains(parserWord) && !text.contains(parserWord), message);
      }
    }
  }
}
