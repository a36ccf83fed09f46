package dev.fahras.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestRelatedFormsFilter extends BaseTokenStreamTestCase {
  private final Analyzer a =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer t = new WhitespaceTokenizer();
          return new TokenStreamComponents(t, new RelatedFormsFilter(t));
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

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
  }

  public void testFactoryByName() throws Exception {
    assertNotNull(
        org.apache.lucene.analysis.TokenFilterFactory.forName(
            "fahrasRelatedForms", new java.util.HashMap<>()));
  }
}
