package dev.fahras.cli;

import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete documents (and their passages) by id, and commit.",
      "Exit code 1 when some id was not in the index (stderr names them); the others are deleted."
    })
final class DeleteCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR")
  Path index;

  @Parameters(arity = "1..*", paramLabel = "ID")
  List<String> ids;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(index)) throw new IllegalArgumentException("no index at " + index);
    List<String> deleted;
    try (FahrasIndexWriter w = FahrasIndexWriter.open(index, IndexConfig.of(index))) {
      deleted = w.delete(ids);
      w.commit();
    }
    List<String> missing = new ArrayList<>(new LinkedHashSet<>(ids));
    missing.removeAll(deleted);
    spec.commandLine().getOut().println("deleted " + deleted.size() + " document(s)");
    spec.commandLine().getOut().flush();
    if (!missing.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("fahras delete: not in the index: " + String.join(", ", missing));
      spec.commandLine().getErr().flush();
      return 1;
    }
    return 0;
  }
}
