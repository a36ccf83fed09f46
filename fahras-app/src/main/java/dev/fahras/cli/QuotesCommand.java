package dev.fahras.cli;

import dev.fahras.json.Json;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.QuoteHit;
import dev.fahras.search.QuoteResult;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Every document and passage that carries a pasted sentence or paragraph, whole or in"
            + " part, despite diacritics, hamza seats, digits against number words and a changed,"
            + " dropped or reordered clause; the stretches that carry it marked [like this].")
final class QuotesCommand implements Callable<Integer> {
  @Mixin IndexFolderOption indexFolder;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the text from a UTF-8 file.")
  Path file;

  @Option(
      names = "--limit",
      defaultValue = "10",
      paramLabel = "N",
      description = "Documents shown. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--json", description = "One JSON object.")
  boolean json;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The text, unless --file.")
  List<String> words;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new Main.UsageError("--limit must be at least 1, was " + limit);
    boolean typed = words != null && !words.isEmpty();
    if (typed == (file != null)) {
      throw new Main.UsageError("give the text to look for, or --file FILE, not both");
    }
    String text = typed ? String.join(" ", words) : read(file);
    PrintWriter out = spec.commandLine().getOut();
    try (FahrasSearcher searcher = FahrasSearcher.open(indexFolder.path)) {
      QuoteResult r = searcher.quotes(text, limit);
      if (json) out.println(Json.quotes(r));
      else print(r, out);
      out.flush();
    }
    return 0;
  }

  private static String read(Path file) throws Exception {
    if (!Files.isRegularFile(file)) throw new Main.UsageError("--file: no such file: " + file);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new Main.UsageError("--file: " + file + " is not UTF-8 text");
    }
  }

  private static void print(QuoteResult r, PrintWriter out) {
    boolean tty = System.console() != null;
    if (r.hits().isEmpty()) {
      out.println("no document carries it");
      return;
    }
    out.printf(
        Locale.ROOT,
        "%d document%s carr%s it%s%n",
        r.documents(),
        r.documents() == 1 ? "" : "s",
        r.documents() == 1 ? "ies" : "y",
        r.complete() ? "" : " (at least: more passages shared its words than were compared)");
    String last = null;
    for (QuoteHit h : r.hits()) {
      if (!h.hit().docId().equals(last)) {
        last = h.hit().docId();
        out.printf(
            Locale.ROOT,
            "%s  %s  %s  %s%n",
            TerminalText.field(last),
            TerminalText.field(h.hit().source()),
            h.whole() ? "whole" : "in part",
            percent(h.documentShare()));
      }
      out.printf(Locale.ROOT, "    #%d  %s%n", h.hit().passage(), percent(h.share()));
      out.println("      " + TerminalText.marked(h.hit(), tty));
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
