package dev.fahras.cli;

import dev.fahras.json.Json;
import dev.fahras.search.Counterpart;
import dev.fahras.search.FahrasSearcher;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "What other sources say of a passage: the passages of other outlets that quote it or"
            + " tell the same fact; nothing when no other source carries it.")
final class CompareCommand implements Callable<Integer> {
  @Mixin IndexFolderOption indexFolder;

  @Option(names = "--doc", required = true, paramLabel = "ID", description = "The document.")
  String doc;

  @Option(
      names = "--passage",
      paramLabel = "N",
      description = "One passage of it (from 0); default: every passage.")
  Integer passage;

  @Option(
      names = "--limit",
      defaultValue = "5",
      paramLabel = "N",
      description =
          "Counterparts per passage, at most one per document. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--json", description = "One JSON object per passage, one per line.")
  boolean json;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new Main.UsageError("--limit must be at least 1, was " + limit);
    if (passage != null && passage < 0) {
      throw new Main.UsageError("--passage must be 0 or more, was " + passage);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (FahrasSearcher searcher = FahrasSearcher.open(indexFolder.path)) {
      int count = searcher.passageCount(doc);
      if (count == 0) {
        throw new IllegalArgumentException(
            "no document with id '"
                + doc
                + "'; list them with fahras documents --index "
                + indexFolder.path);
      }
      if (passage != null && passage >= count) {
        throw new IllegalArgumentException(
            "document '" + doc + "' has passages 0 to " + (count - 1) + ", not " + passage);
      }
      int from = passage == null ? 0 : passage;
      int to = passage == null ? count : passage + 1;
      for (int p = from; p < to; p++) {
        List<Counterpart> found = searcher.counterparts(doc, p, limit);
        if (json) {
          out.println(Json.counterparts(doc, p, found));
        } else if (passage != null || !found.isEmpty()) {
          print(doc, p, found, out);
        }
      }
      out.flush();
    }
    return 0;
  }

  private static void print(String doc, int p, List<Counterpart> found, PrintWriter out) {
    out.printf(Locale.ROOT, "%s#%d%n", TerminalText.field(doc), p);
    if (found.isEmpty()) out.println("    no other source tells it");
    for (Counterpart c : found) {
      out.printf(
          Locale.ROOT,
          "    %s  %s#%d  %s  (%s, %.2f)%n",
          Json.kind(c.kind()),
          TerminalText.field(c.hit().docId()),
          c.hit().passage(),
          TerminalText.field(c.hit().source()),
          c.kind() == Counterpart.Kind.QUOTE ? "same wording" : "shared words and figures",
          c.overlap());
      out.println("      " + TerminalText.safe(c.hit().text()));
    }
  }
}
