package dev.fahras.cli;

import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.StoredDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "documents",
    mixinStandardHelpOptions = true,
    description =
        "List the indexed documents with their passage and boilerplate counts; --boilerplate lists the lines set aside.")
final class DocumentsCommand implements Callable<Integer> {
  @Mixin IndexFolderOption indexFolder;

  @Option(names = "--boilerplate", description = "Print each boilerplate line set aside.")
  boolean boilerplate;

  @Option(names = "--doc", paramLabel = "ID", description = "Only this document.")
  String doc;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (FahrasSearcher searcher = FahrasSearcher.open(indexFolder.path)) {
      List<String> ids = doc == null ? searcher.documentIds() : List.of(doc);
      long total = 0;
      long passages = 0;
      for (String id : ids) {
        StoredDocument d = searcher.document(id);
        if (d == null) throw new IllegalArgumentException("no document with id '" + id + "'");
        total += d.boilerplate().size();
        int n = searcher.passageCount(id);
        passages += n;
        out.printf(
            Locale.ROOT,
            "%s\t%s\t%s\t%d passages\t%d boilerplate lines\t%s%n",
            TerminalText.field(d.id()),
            TerminalText.field(d.source()),
            d.date(),
            n,
            d.boilerplate().size(),
            TerminalText.field(d.title()));
        if (boilerplate) {
          for (String line : d.boilerplateLines()) out.println("    | " + TerminalText.field(line));
        }
      }
      out.printf(
          Locale.ROOT,
          "%d documents, %d passages, %d boilerplate lines set aside%n",
          ids.size(),
          passages,
          total);
      out.flush();
    }
    return 0;
  }
}
