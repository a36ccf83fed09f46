package dev.fahras.index;

import dev.fahras.corpus.Passage;
import dev.fahras.corpus.SourceDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;
import org.apache.lucene.util.BytesRef;

public class TestRecordValue extends LuceneTestCase {

  /**
   * Any text comes back as it went in: every code unit, unpaired surrogates and U+0000 included.
   */
  public void testRandomRoundTrip() {
    for (int i = 0; i < atLeast(500); i++) {
      String text = randomText();
      Map<String, String> extra = new LinkedHashMap<>();
      for (int k = 0; k < random().nextInt(4); k++) extra.put(randomText() + k, randomText());
      List<Passage> boilerplate = new ArrayList<>();
      for (int k = 0; k < random().nextInt(3); k++) {
        int start = random().nextInt(1000);
        int length = random().nextInt(500);
        boilerplate.add(new Passage(k, start, start + length, "x".repeat(length)));
      }
      SourceDocument doc =
          new SourceDocument(
              "id" + randomText(),
              randomText(),
              randomText(),
              random().nextBoolean() ? null : LocalDate.of(2022, 1, 20),
              randomText(),
              text,
              extra);
      RecordValue r = RecordValue.decode(RecordValue.encode(doc, boilerplate));
      String date = doc.date() == null ? "" : "2022-01-20";
      assertEquals(
          new DocumentInfo(doc.id(), doc.source(), doc.title(), date, doc.url()), r.document());
      assertEquals(text, r.text());
      assertEquals(doc.extra(), r.extra());
      assertEquals(new ArrayList<>(doc.extra().keySet()), new ArrayList<>(r.extra().keySet()));
      assertEquals(2 * boilerplate.size(), r.boilerplate().length);
      for (int k = 0; k < boilerplate.size(); k++) {
        assertEquals(boilerplate.get(k).start(), r.boilerplate()[2 * k]);
        assertEquals(boilerplate.get(k).end(), r.boilerplate()[2 * k + 1]);
      }
    }
  }

  /** An excerpt has the record's fields and exactly that range of its text, for any range. */
  public void testExcerptIsTheRange() {
    for (int i = 0; i < atLeast(300); i++) {
      String text = randomText();
      SourceDocument doc =
          new SourceDocument("id", "src", randomText(), null, "", text, new LinkedHashMap<>());
      BytesRef value = RecordValue.encode(doc, List.of());
      int start = text.isEmpty() ? 0 : random().nextInt(text.length() + 1);
      int end = start + random().nextInt(text.length() - start + 1);
      RecordValue.Excerpt e = RecordValue.excerpt(value, start, end);
      assertEquals(text.substring(start, end), e.text());
      assertEquals(new DocumentInfo("id", "src", doc.title(), "", ""), e.document());
    }
  }

  /** Arabic takes a byte a letter, not UTF-8's two. */
  public void testArabicOneByteALetter() {
    String text = "هاجم تنظيم داعش سجن غويران في الحسكة، وفَرَّ ١٢٠ سجيناً";
    BytesRef value = RecordValue.encode(SourceDocument.of("a", "s", text), List.of());
    assertTrue(value.length + " bytes", value.length <= text.length() + 10);
  }

  private static String randomText() {
    switch (random().nextInt(4)) {
      case 0:
        return TestUtil.randomUnicodeString(random(), 40);
      case 1:
        return TestUtil.randomRealisticUnicodeString(random(), 0, 40);
      case 2:
        {
          char[] c = new char[random().nextInt(40)];
          for (int i = 0; i < c.length; i++)
            c[i] = (char) random().nextInt(Character.MAX_VALUE + 1);
          return new String(c);
        }
      default:
        {
          char[] c = new char[random().nextInt(40)];
          for (int i = 0; i < c.length; i++) c[i] = (char) (0x5F0 + random().nextInt(0x1A0));
          return new String(c);
        }
    }
  }
}
