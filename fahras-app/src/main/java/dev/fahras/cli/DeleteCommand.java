package dev.fahras.cli;

import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = "Delete documents (and their passages) by id, and commit.")
final class DeleteCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR")
  Path index;

  @Parameters(arity = "1..*", paramLabel = "ID")
  List<String> ids;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(index)) throw new IllegalArgumentException("no index at " + index);
    try (FahrasIndexWriter w = FahrasIndexWriter.open(index, IndexConfig.defaults())) {
      for (String id : ids) w.delete(id);
      w.commit();
    }
    spec.commandLine().getOut().println("deleted " + ids.size() + " id(s)");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
