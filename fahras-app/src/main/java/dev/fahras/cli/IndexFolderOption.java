package dev.fahras.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} of every command that reads an index: declared once. */
final class IndexFolderOption {
  @Option(
      names = "--index",
      required = true,
      paramLabel = "DIR",
      description = "The index folder (fahras index builds it).")
  Path path;
}
