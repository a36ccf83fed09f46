package dev.fahras.analysis;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestFactories extends BaseTokenStreamTestCase {

  public void testLookupByName() {
    assertSame(
        FahrasNormalizationFilterFactory.class,
        TokenFilterFactory.lookupClass("fahrasNormalization"));
    assertSame(
        FahrasLightStemFilterFactory.class, TokenFilterFactory.lookupClass("fahrasLightStem"));
    assertSame(FahrasStopFilterFactory.class, TokenFilterFactory.lookupClass("fahrasStop"));
    assertSame(
        FahrasDaggerAlefFilterFactory.class, TokenFilterFactory.lookupClass("fahrasDaggerAlef"));
    assertSame(
        FahrasFoldingCharFilterFactory.class, CharFilterFactory.lookupClass("fahrasFolding"));
    // SPI lookup ignores case
    assertSame(
        FahrasLightStemFilterFactory.class, TokenFilterFactory.lookupClass("FAHRASLIGHTSTEM"));
  }

  /** The chain assembled by name gives what the analyzer gives. */
  public void testCustomAnalyzerMatchesAnalyzer() throws Exception {
    try (Analyzer custom =
            CustomAnalyzer.builder()
                .addCharFilter("fahrasFolding")
                .withTokenizer("uax29UrlEmail")
                .addTokenFilter("fahrasDaggerAlef")
                .addTokenFilter("fahrasNormalization")
                .addTokenFilter("fahrasStop")
                .addTokenFilter("fahrasLightStem")
                .build();
        Analyzer ours = new FahrasArabicAnalyzer()) {
      String text = "وَالْكِتَابُ على ٱلرَّحْمَٰنِ ﻻ ٢٬٥٠٠ سو\u200Bريا وزير اعترافاتهم";
      var expected = AnalyzedToken.analyze(ours, "f", text);
      assertEquals(expected, AnalyzedToken.analyze(custom, "f", text));
    }
  }

  public void testOptionArguments() throws Exception {
    try (Analyzer custom =
        CustomAnalyzer.builder()
            .addCharFilter("fahrasFolding", "digits", "false")
            .withTokenizer("whitespace")
            .addTokenFilter("fahrasNormalization", "tehMarbuta", "false", "digits", "false")
            .addTokenFilter("fahrasLightStem", "alternatives", "false")
            .build()) {
      assertAnalyzesTo(custom, "٢٠ وزير مدرسة", new String[] {"٢٠", "وزير", "مدرسة"});
    }
  }

  public void testBogusArguments() {
    for (String name :
        new String[] {"fahrasNormalization", "fahrasLightStem", "fahrasStop", "fahrasDaggerAlef"}) {
      Map<String, String> args = new HashMap<>();
      args.put("bogusArg", "bogusValue");
      IllegalArgumentException e =
          expectThrows(
              IllegalArgumentException.class, () -> TokenFilterFactory.forName(name, args));
      assertTrue(name, e.getMessage().contains("Unknown parameters"));
    }
    Map<String, String> args = new HashMap<>();
    args.put("bogusArg", "bogusValue");
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class, () -> CharFilterFactory.forName("fahrasFolding", args));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }
}
