package dev.fahras.cli;

import dev.fahras.json.Json;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.FigureRow;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description =
        "The figures the matching passages give for what a query counts (كم عدد قتلى داعش): one"
            + " row per figure, in digits or in words alike, with its sources; rows marked"
            + " 'disputed' when the sources disagree.")
final class FiguresCommand implements Callable<Integer> {
  @Mixin IndexFolderOption indexFolder;

  @Option(names = "--json", description = "One JSON object, the figures as JSON numbers.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "QUERY")
  List<String> words;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String query = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    try (FahrasSearcher searcher = FahrasSearcher.open(indexFolder.path)) {
      List<FigureRow> rows = searcher.figures(query);
      if (json) {
        out.println(Json.figures(query, rows));
      } else if (rows.isEmpty()) {
        out.println("no figure found for it");
      } else {
        for (FigureRow r : rows) {
          out.printf(
              Locale.ROOT,
              "%d%s  %s%n",
              r.value(),
              r.disputed() ? "  disputed" : "",
              TerminalText.field(String.join(", ", r.sources())));
          for (FigureRow.Mention m : r.mentions()) {
            out.printf(
                Locale.ROOT,
                "    %s %s  %s#%d  %s  %s%n",
                TerminalText.field(m.written()),
                TerminalText.field(m.counted()),
                TerminalText.field(m.hit().docId()),
                m.hit().passage(),
                TerminalText.field(m.hit().source()),
                m.hit().date());
          }
        }
      }
      out.flush();
    }
    return 0;
  }
}
