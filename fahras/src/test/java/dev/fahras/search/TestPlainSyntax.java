package dev.fahras.search;

import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestPlainSyntax extends LuceneTestCase {
  /** The parts of {@code text}, runs of spaces in free words as one (they are split on spaces). */
  private static List<PlainSyntax.Part> parts(String text) {
    return PlainSyntax.parts(text).stream()
        .map(
            p ->
                p.phrase()
                    ? p
                    : new PlainSyntax.Part(p.text().replaceAll("\\s+", " "), false, p.sign()))
        .toList();
  }

  private static PlainSyntax.Part phrase(String text) {
    return new PlainSyntax.Part(text, true, (char) 0);
  }

  public void testWordsPhrasesAndSigns() {
    assertEquals(
        List.of(
            new PlainSyntax.Part("سجن الحسكة", false, (char) 0),
            phrase("قوات سوريا"),
            new PlainSyntax.Part("داعش", false, '+'),
            new PlainSyntax.Part("تركيا", false, '-')),
        parts("سجن \"قوات سوريا\" +داعش الحسكة -تركيا"));
  }

  public void testEachKindOfQuote() {
    assertEquals(List.of(phrase("قوات سوريا")), parts("«قوات سوريا»"));
    assertEquals(List.of(phrase("قوات سوريا")), parts("“قوات سوريا”"));
    assertEquals(List.of(phrase("قوات سوريا")), parts("”قوات سوريا“")); // written right to left
  }

  /** A quoted name inside a phrase stays inside it: the phrase ends at a quote of its kind. */
  public void testQuoteOfAnotherKindInsideAPhrase() {
    assertEquals(List.of(phrase("هجوم على سجن “الصناعة”")), parts("\"هجوم على سجن “الصناعة”\""));
    assertEquals(List.of(phrase("بيان \"قسد\" الأخير")), parts("«بيان \"قسد\" الأخير»"));
  }

  public void testUnclosedQuoteRunsToTheEnd() {
    assertEquals(List.of(phrase("سجن الصناعة")), parts("\"سجن الصناعة"));
  }
}
