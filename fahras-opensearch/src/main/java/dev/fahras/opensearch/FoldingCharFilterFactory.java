package dev.fahras.opensearch;

import dev.fahras.analysis.FahrasFoldingCharFilterFactory;
import java.io.Reader;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.NormalizingCharFilterFactory;

/** {@code fahras_folding}: the library's {@link FahrasFoldingCharFilterFactory}. */
final class FoldingCharFilterFactory extends AbstractCharFilterFactory
    implements NormalizingCharFilterFactory {
  private final FahrasFoldingCharFilterFactory lucene;

  FoldingCharFilterFactory(IndexSettings indexSettings, String name, Settings settings) {
    super(indexSettings, name);
    try {
      this.lucene = new FahrasFoldingCharFilterFactory(SettingsArgs.of(settings));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("char_filter [" + name + "]: " + e.getMessage(), e);
    }
  }

  @Override
  public Reader create(Reader reader) {
    return lucene.create(reader);
  }
}
