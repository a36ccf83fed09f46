package dev.fahras.index;

import dev.fahras.corpus.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;

/** Indexes forever in commits of 100 documents, for {@link TestIndexing}'s kill test. */
public final class CrashChild {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path ready = Path.of(args[1]);
    String text =
        "هاجم مرتزقة التنظيم السجن في الحسكة.\nواستمرت الاشتباكات أياماً في حي غويران.\n"
            .repeat(20);
    try (FahrasIndexWriter w = FahrasIndexWriter.open(dir, IndexConfig.defaults())) {
      for (int i = 0; ; i++) {
        w.add(SourceDocument.of("d" + i, "s" + (i % 5), text));
        if (i % 100 == 99) {
          w.commit();
          if (!Files.exists(ready)) Files.writeString(ready, "ok");
        }
      }
    }
  }
}
