package dev.fahras.cli;

import dev.fahras.json.Json;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.Suggestion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description =
        "Completions of the last word typed, from the index's own words, commonest first: the"
            + " words before it and its clitics kept (وبالحس -> وبالحسكة), spelling variants"
            + " ignored.")
final class SuggestCommand implements Callable<Integer> {
  @Mixin IndexFolderOption indexFolder;

  @Option(
      names = "--limit",
      defaultValue = "8",
      paramLabel = "N",
      description = "Completions at most. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--json", description = "One JSON object: the prefix and its suggestions.")
  boolean json;

  @Parameters(paramLabel = "PREFIX", arity = "1..*", description = "What has been typed so far.")
  List<String> words;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new Main.UsageError("--limit must be at least 1, was " + limit);
    String prefix = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    try (FahrasSearcher searcher = FahrasSearcher.open(indexFolder.path)) {
      List<Suggestion> found = searcher.suggest(prefix, limit);
      if (json) {
        out.println(Json.suggestions(prefix, found));
      } else if (found.isEmpty()) {
        out.println("no completion of '" + TerminalText.safe(prefix) + "' in this index");
      } else {
        for (Suggestion s : found) {
          out.printf(Locale.ROOT, "%s\t%d%n", TerminalText.safe(s.text()), s.count());
        }
      }
      out.flush();
    }
    return 0;
  }
}
