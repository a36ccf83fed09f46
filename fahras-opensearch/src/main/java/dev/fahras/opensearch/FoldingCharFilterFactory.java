package dev.fahras.opensearch;

import dev.fahras.analysis.ArabicFoldingCharFilterFactory;
import java.io.Reader;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.NormalizingCharFilterFactory;

/** {@code fahras_folding}: the library's {@link ArabicFoldingCharFilterFactory}. */
final class FoldingCharFilterFactory extends AbstractCharFilterFactory
    implements NormalizingCharFilterFactory {
  private final ArabicFoldingCharFilterFactory lucene;

  FoldingCharFilterFactory(IndexSettings indexSettings, String name, Settings settings) {
    super(indexSettings, name);
    try {
      this.lucene = new ArabicFoldingCharFilterFactory(SettingsArgs.of(settings));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("char_filter [" + name + "]: " + e.getMessage(), e);
    }
  }

  @Override
  public Reader create(Reader reader) {
    return lucene.create(reader);
  }
}
