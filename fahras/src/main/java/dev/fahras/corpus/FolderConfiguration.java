package dev.fahras.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration that may sit at the top of a corpus folder: {@code stopwords.txt} and {@code
 * protwords.txt} (one word a line, {@code #} comments; added to the analyzer's built-in lists) and
 * {@code synonyms.txt} (Solr format; kept with the index, applied to queries).
 */
public record FolderConfiguration(
    List<String> stopwords, List<String> protectedWords, String synonyms) {
  public static final String STOPWORDS = "stopwords.txt";
  public static final String PROTECTED_WORDS = "protwords.txt";
  public static final String SYNONYMS = "synonyms.txt";

  /** Nothing configured. */
  public static final FolderConfiguration NONE =
      new FolderConfiguration(List.of(), List.of(), null);

  /** Reads the configuration files at the top of {@code folder}; those absent are empty. */
  public static FolderConfiguration read(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) return NONE;
    Path synonyms = folder.resolve(SYNONYMS);
    return new FolderConfiguration(
        words(folder.resolve(STOPWORDS)),
        words(folder.resolve(PROTECTED_WORDS)),
        Files.isRegularFile(synonyms) ? text(synonyms) : null);
  }

  private static List<String> words(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) return out;
    for (String line : text(file).split("\n")) {
      int hash = line.indexOf('#');
      String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!word.isEmpty()) out.add(word);
    }
    return out;
  }

  private static String text(Path file) throws IOException {
    try {
      return Text.normalizeLineEnds(Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw new DocumentReadException(file.toString(), "not UTF-8 text; save it as UTF-8");
    }
  }
}
