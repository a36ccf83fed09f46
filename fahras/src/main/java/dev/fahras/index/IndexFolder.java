package dev.fahras.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Which files of an index folder an index wrote. A writer is opened only on a folder that is new,
 * empty or holds nothing else: Lucene deletes unreferenced files named like its own ({@code
 * _intro.txt} is one), and a user's file must never be among them.
 */
final class IndexFolder {
  private IndexFolder() {}

  /** Lucene's segment files: {@code _<segment>[_<suffix>].<ext>}. */
  private static final Pattern SEGMENT_FILE =
      Pattern.compile("_[a-z0-9]+(_[A-Za-z0-9-]+)*\\.([a-z]+)");

  /** A per-field format's file: {@code _<segment>_<format>_<n>.<ext>}. */
  private static final Pattern PER_FIELD_FILE =
      Pattern.compile("_[a-z0-9]+_[A-Za-z][A-Za-z0-9]*_[0-9]+\\.[a-z]+");

  /**
   * Extensions of the default codec's files (Lucene 10), and of its temporary files; a commit's own
   * files add theirs, so an index written by another codec is still recognized.
   */
  private static final Set<String> CODEC_EXTENSIONS =
      Set.of(
          "si", "cfs", "cfe", "fnm", "fdt", "fdx", "fdm", "tim", "tip", "tmd", "doc", "pos", "pay",
          "psm", "nvd", "nvm", "dvd", "dvm", "tvd", "tvx", "tvm", "liv", "kdd", "kdi", "kdm", "vec",
          "vex", "vem", "veq", "vemq", "vemf", "veb", "vebq", "tmp");

  private static final int NAMES_SHOWN = 5;

  /**
   * Fails when {@code folder} holds a file that is not an index's.
   *
   * @throws NotAnIndexFolderException naming up to five such files
   */
  static void checkOnlyIndexFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) return;
    List<String> names = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.forEach(p -> names.add(p.getFileName().toString()));
    }
    if (names.isEmpty()) return;
    Set<String> extensions = new HashSet<>(CODEC_EXTENSIONS);
    Set<String> referenced = new HashSet<>();
    if (SegmentInfos.getLastCommitSegmentsFileName(names.toArray(String[]::new)) != null) {
      try (Directory dir = FSDirectory.open(folder)) {
        SegmentInfos latest = SegmentInfos.readLatestCommit(dir);
        for (String f : latest.files(true)) {
          referenced.add(f);
          String ext = IndexFileNames.getExtension(f);
          if (ext != null) extensions.add(ext);
        }
      } catch (IOException e) {
        return; // a damaged index: opening the writer reports it, and deletes nothing on failure
      }
    }
    List<String> foreign = new ArrayList<>();
    for (String name : names) {
      if (!isIndexFile(name, referenced, extensions)) foreign.add(name);
    }
    if (foreign.isEmpty()) return;
    foreign.sort(null);
    String shown = String.join(", ", foreign.subList(0, Math.min(NAMES_SHOWN, foreign.size())));
    if (foreign.size() > NAMES_SHOWN) shown += " and " + (foreign.size() - NAMES_SHOWN) + " more";
    throw new NotAnIndexFolderException(
        folder
            + " holds files that are not part of an index ("
            + shown
            + "); an index needs a folder of its own, new or empty, so that nothing in it is"
            + " deleted: give another folder");
  }

  /**
   * Deletes the index files no commit references: what a failed run (a full disk) began. Called
   * once the writer is closed, on a folder that held nothing but an index when it was opened.
   */
  static void removeUncommitted(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) return;
    List<String> names = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.forEach(p -> names.add(p.getFileName().toString()));
    }
    Set<String> referenced = new HashSet<>();
    Set<String> extensions = new HashSet<>(CODEC_EXTENSIONS);
    if (SegmentInfos.getLastCommitSegmentsFileName(names.toArray(String[]::new)) != null) {
      try (Directory dir = FSDirectory.open(folder)) {
        SegmentInfos latest = SegmentInfos.readLatestCommit(dir);
        referenced.addAll(latest.files(true));
      }
    }
    for (String name : names) {
      if (referenced.contains(name) || name.equals("write.lock")) continue;
      if (isIndexFile(name, Set.of(), extensions)) Files.deleteIfExists(folder.resolve(name));
    }
  }

  private static boolean isIndexFile(String name, Set<String> referenced, Set<String> extensions) {
    if (referenced.contains(name)) return true;
    if (name.equals("write.lock")) return true;
    if (name.startsWith(IndexFileNames.SEGMENTS + "_")
        || name.startsWith(IndexFileNames.PENDING_SEGMENTS + "_")) {
      return name.substring(name.lastIndexOf('_') + 1).matches("[a-z0-9]+");
    }
    var m = SEGMENT_FILE.matcher(name);
    // a per-field format's file names its format (_0_Lucene90_0.dvd): any extension
    return m.matches()
        && (extensions.contains(m.group(2)) || PER_FIELD_FILE.matcher(name).matches());
  }
}
