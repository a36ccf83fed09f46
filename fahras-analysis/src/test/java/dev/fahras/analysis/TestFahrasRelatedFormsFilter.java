package dev.fahras.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestFahrasRelatedFormsFilter extends BaseTokenStreamTestCase {
  private final Analyzer a =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer t = new WhitespaceTokenizer();
          return new TokenStreamComponents(t, new FahrasRelatedFormsFilter(t));
        }
      };

  @Override
  public void tearDown() throws Exception {
    a.close();
    super.tearDown();
  }

  /** A stem, then each related form at its position, with its offsets. */
  public void testFormsFollowTheirStem() throws Exception {
    List<String> forms = RelatedForms.of("حارس");
    String[] terms = new String[forms.size() + 2];
    int[] increments = new int[terms.length];
    int[] starts = new int[terms.length];
    int[] ends = new int[terms.length];
    terms[0] = "حارس";
    increments[0] = 1;
    ends[0] = 4;
    for (int i = 0; i < forms.size(); i++) {
      terms[i + 1] = forms.get(i);
      ends[i + 1] = 4;
    }
    terms[terms.length - 1] = "374";
    increments[terms.length - 1] = 1;
    starts[terms.length - 1] = 5;
    ends[terms.length - 1] = 8;
    assertTrue(forms.contains("حراس"));
    assertAnalyzesTo(a, "حارس 374", terms, starts, ends, increments);
  }

  /** The stem keeps boost 1; its related forms carry the ranking's weight, or the one given. */
  public void testFormsCarryTheirWeight() throws Exception {
    assertEquals(List.of(1f, RelatedForms.WEIGHT), boosts(a, "حارس").subList(0, 2));
    Map<String, String> args = new HashMap<>(Map.of("weight", "0.5"));
    TokenFilterFactory factory = TokenFilterFactory.forName("fahrasRelatedForms", args);
    Analyzer weighted =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new WhitespaceTokenizer();
            return new TokenStreamComponents(t, factory.create(t));
          }
        };
    List<Float> got = boosts(weighted, "حارس 374");
    assertEquals(1f, got.get(0), 0f);
    assertEquals(0.5f, got.get(1), 0f);
    assertEquals("the next word is not boosted", 1f, got.get(got.size() - 1), 0f);
    weighted.close();
  }

  public void testWeightOutOfRangeIsRefused() {
    for (String w : new String[] {"0", "1.5", "-0.3"}) {
      IllegalArgumentException e =
          expectThrows(
              IllegalArgumentException.class,
              () ->
                  TokenFilterFactory.forName(
                      "fahrasRelatedForms", new HashMap<>(Map.of("weight", w))));
      assertTrue(e.getMessage(), e.getMessage().contains("weight"));
    }
  }

  private static List<Float> boosts(Analyzer analyzer, String text) throws Exception {
    List<Float> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      BoostAttribute boost = ts.addAttribute(BoostAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(boost.getBoost());
      ts.end();
    }
    return out;
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
  }

  public void testFactoryByName() throws Exception {
    assertNotNull(
        org.apache.lucene.analysis.TokenFilterFactory.forName(
            "fahrasRelatedForms", new java.util.HashMap<>()));
  }
}
