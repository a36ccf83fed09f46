package dev.fahras.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A folder of UTF-8 {@code .txt} files (searched recursively), one document each, with an optional
 * {@code manifest.tsv} at its top.
 *
 * <p>The manifest is tab-separated with a header line; {@code #} lines are comments. Columns:
 * {@code file} (required; path relative to the folder), {@code id}, {@code source}, {@code title},
 * {@code date} (YYYY-MM-DD), {@code url}; any other column is kept as extra metadata. A file the
 * manifest does not name still indexes: its id is the file name without {@code .txt}, its source
 * the name of the folder holding it, its title empty. {@code synonyms.txt}, {@code stopwords.txt}
 * and {@code protwords.txt} at the top are configuration, not documents.
 */
public final class FolderSource implements DocumentSource {
  /** Configuration that may sit beside the corpus and is not a document. */
  static final Set<String> CONFIG_FILES =
      Set.of(
          FolderConfiguration.SYNONYMS,
          FolderConfiguration.STOPWORDS,
          FolderConfiguration.PROTECTED_WORDS);

  private final Path root;
  private final ReadOptions options;
  private final List<Listed> files;
  private final Map<String, Map<String, String>> manifest;
  private final long totalBytes;
  private int next;
  private long bytesRead;

  /** The file each id came from, so a second file with the same id names the first. */
  private final Map<String, Path> idFiles = new HashMap<>();

  public FolderSource(Path root, ReadOptions options) throws IOException {
    this.root = root;
    this.options = options;
    this.manifest = readManifest(root.resolve("manifest.tsv"));
    this.files = listFiles(root);
    for (String file : manifest.keySet()) {
      if (!Files.isRegularFile(root.resolve(file))) {
        throw new DocumentReadException(
            root.resolve("manifest.tsv").toString(),
            "names '" + file + "', which does not exist in " + root);
      }
    }
    long total = 0;
    for (Listed f : files) if (f.unreadable() == null) total += Files.size(f.path());
    this.totalBytes = total;
  }

  /** A document file found under the root, or a folder or file that could not be read (why). */
  private record Listed(Path path, String unreadable) {}

  /**
   * The {@code .txt} files under {@code root}, sorted, and whatever could not be listed, each in
   * its place: an unreadable subfolder is bad input like any other, reported when reached. A root
   * that is a symbolic link is followed; links below it are not (no cycles).
   */
  private static List<Listed> listFiles(Path root) throws IOException {
    Path real = root.toRealPath();
    List<Listed> found = new ArrayList<>();
    Files.walkFileTree(
        real,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
            Path file = root.resolve(real.relativize(p).toString());
            boolean config =
                real.equals(p.getParent()) && CONFIG_FILES.contains(p.getFileName().toString());
            if ((attrs.isRegularFile() || Files.isRegularFile(p))
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")
                && !config) {
              found.add(new Listed(file, null));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
            if (p.equals(real)) throw e;
            String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            found.add(
                new Listed(root.resolve(real.relativize(p).toString()), "cannot read: " + why));
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(Listed::path));
    return found;
  }

  private static Map<String, Map<String, String>> readManifest(Path path) throws IOException {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    if (!Files.exists(path)) return rows;
    byte[] bytes = Files.readAllBytes(path);
    String text =
        Text.normalizeLineEnds(Text.decode(bytes, bytes.length, false, path.toString(), 0));
    String[] header = null;
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        if (!List.of(header).contains("file")) {
          throw new DocumentReadException(path + ":" + lineNo, "the header needs a 'file' column");
        }
        continue;
      }
      if (cells.length > header.length) {
        throw new DocumentReadException(
            path + ":" + lineNo, cells.length + " cells but the header has " + header.length);
      }
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < cells.length; c++) row.put(header[c], cells[c].strip());
      String file = row.getOrDefault("file", "");
      if (file.isEmpty()) throw new DocumentReadException(path + ":" + lineNo, "empty 'file' cell");
      try {
        Path.of(file);
      } catch (InvalidPathException e) {
        throw new DocumentReadException(
            path + ":" + lineNo, "'file' is not a possible file name: " + e.getReason());
      }
      if (rows.put(file, row) != null) {
        throw new DocumentReadException(path + ":" + lineNo, "'" + file + "' is listed twice");
      }
    }
    return rows;
  }

  @Override
  public SourceDocument next() throws IOException {
    if (next >= files.size()) return null;
    Listed listed = files.get(next++);
    Path file = listed.path();
    if (listed.unreadable() != null)
      throw new DocumentReadException(file.toString(), listed.unreadable());
    long size = Files.size(file);
    bytesRead += size;
    Text.checkSize(size, options.maxDocumentBytes(), file.toString());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DocumentReadException(file.toString(), "cannot read: " + e.getMessage());
    }
    String text =
        Text.normalizeLineEnds(
            Text.decode(bytes, bytes.length, options.replaceInvalid(), file.toString(), 0));
    String rel = root.relativize(file).toString().replace('\\', '/');
    Map<String, String> row = manifest.getOrDefault(rel, Map.of());
    String fileName = file.getFileName().toString();
    String id = orElse(row.get("id"), fileName.substring(0, fileName.length() - ".txt".length()));
    Path first = idFiles.putIfAbsent(id, file);
    if (first != null) {
      throw new DocumentReadException(
          file.toString(),
          "its id '"
              + id
              + "' is already the id of "
              + first
              + " (an id is the file name unless manifest.tsv gives one: give one of them its own)");
    }
    Path parent = file.getParent().getFileName();
    String source = orElse(row.get("source"), parent == null ? "unknown" : parent.toString());
    LocalDate date = null;
    String d = row.get("date");
    if (d != null && !d.isEmpty()) {
      try {
        date = LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw new DocumentReadException(
            root.resolve("manifest.tsv") + " (" + rel + ")", "date '" + d + "' is not YYYY-MM-DD");
      }
    }
    Map<String, String> extra = new HashMap<>(row);
    for (String known : List.of("file", "id", "source", "title", "date", "url"))
      extra.remove(known);
    extra.values().removeIf(String::isEmpty);
    if (text.isBlank()) throw new DocumentReadException(file.toString(), "the file has no text");
    return new SourceDocument(
        id, source, row.getOrDefault("title", ""), date, row.getOrDefault("url", ""), text, extra);
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public void close() {}
}
