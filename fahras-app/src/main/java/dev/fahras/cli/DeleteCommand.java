package dev.fahras.cli;

import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete documents (and their passages) by id, and commit.",
      "Exit code 1 when some id was not in the index (stderr names them); the others are deleted."
    })
final class DeleteCommand implements Callable<Integer> {
  @Mixin IndexFolderOption indexFolder;

  @Parameters(arity = "1..*", paramLabel = "ID")
  List<String> ids;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(indexFolder.path))
      throw new IllegalArgumentException("no index at " + indexFolder.path);
    List<String> deleted;
    try (FahrasIndexWriter w =
        FahrasIndexWriter.open(indexFolder.path, IndexConfig.of(indexFolder.path))) {
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
