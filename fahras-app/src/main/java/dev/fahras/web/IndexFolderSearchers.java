package dev.fahras.web;

import dev.fahras.search.FahrasSearcher;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;

/**
 * The searcher of an index folder, opened again when the folder's latest commit is another file
 * than the one it was opened on: a new commit, or an index deleted and built again (whose first
 * commit may carry the very name and version of the old one, so Lucene's own refresh misses it).
 * While the folder holds no index, requests get {@link IndexUnavailableException}, which says so.
 * Looks at the folder at most every {@link #CHECK_NANOS}; a replaced searcher is closed when its
 * last request ends.
 */
public final class IndexFolderSearchers implements Searchers, Closeable {
  static final long CHECK_NANOS = 500_000_000L;

  /** Opens a searcher on the folder (with the configuration the index records). */
  public interface Opener {
    FahrasSearcher open(Path folder) throws IOException;
  }

  private final Path folder;
  private final Opener opener;
  private final PrintWriter log;
  private volatile Held current;
  private volatile IOException unavailable;
  private volatile long lastCheck;
  private volatile boolean closed;

  /** Opens the folder's index now: a missing or unreadable index is the caller's error. */
  public IndexFolderSearchers(Path folder, Opener opener, PrintWriter log) throws IOException {
    this.folder = folder;
    this.opener = opener;
    this.log = log;
    Object commit = latestCommit();
    this.current = new Held(opener.open(folder), commit);
    this.lastCheck = System.nanoTime();
  }

  @Override
  public Lease acquire() throws IOException {
    long now = System.nanoTime();
    if (now - lastCheck >= CHECK_NANOS) check(now);
    IOException why = unavailable;
    if (why != null) throw new IndexUnavailableException(why.getMessage(), why);
    while (true) {
      if (closed) throw new IndexUnavailableException("the server is stopping", null);
      Held h = current;
      if (h.tryIncRef()) return h.lease();
    }
  }

  private synchronized void check(long now) {
    if (closed || now - lastCheck < CHECK_NANOS) return;
    lastCheck = now;
    Object commit;
    try {
      commit = latestCommit();
    } catch (IOException e) {
      commit = null;
    }
    if (commit == null) {
      if (unavailable == null) {
        unavailable =
            new IOException(
                "the index at "
                    + folder
                    + " is gone (deleted, or being built again); searches resume when it is back");
        log.println("fahras serve: " + unavailable.getMessage());
        log.flush();
      }
      return;
    }
    if (unavailable == null && commit.equals(current.commit)) return;
    try {
      FahrasSearcher opened = opener.open(folder);
      Held old = current;
      current = new Held(opened, commit);
      old.release();
      if (unavailable != null) {
        log.println("fahras serve: the index at " + folder + " is back; serving it");
        log.flush();
      }
      unavailable = null;
    } catch (IOException | RuntimeException e) {
      String message =
          "the index at " + folder + " cannot be opened (" + e.getMessage() + "); retrying";
      if (unavailable == null || !message.equals(unavailable.getMessage())) {
        log.println("fahras serve: " + message);
        log.flush();
      }
      unavailable = new IOException(message, e);
    }
  }

  /**
   * What identifies the folder's latest commit: its file's name and first bytes, or null when the
   * folder holds no commit. The first bytes hold the random id Lucene writes into each commit's
   * header, so an index deleted and built again differs even where its file reuses the old one's
   * name and inode (seen under load).
   */
  private Object latestCommit() throws IOException {
    String[] files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.map(p -> p.getFileName().toString()).toArray(String[]::new);
    } catch (NoSuchFileException e) {
      return null;
    }
    String name;
    try {
      name = SegmentInfos.getLastCommitSegmentsFileName(files);
    } catch (RuntimeException e) {
      return null;
    }
    if (name == null) return null;
    byte[] head = new byte[64];
    int n;
    try (InputStream in = Files.newInputStream(folder.resolve(name))) {
      n = in.readNBytes(head, 0, head.length);
    } catch (NoSuchFileException e) {
      return null;
    }
    return name + "@" + HexFormat.of().formatHex(head, 0, n);
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    current.release();
  }

  /** A searcher and the requests using it; closed when replaced and no longer used. */
  private final class Held {
    final FahrasSearcher searcher;
    final Object commit;
    final AtomicInteger refs = new AtomicInteger(1); // 1: held as current

    Held(FahrasSearcher searcher, Object commit) {
      this.searcher = searcher;
      this.commit = commit;
    }

    boolean tryIncRef() {
      int n;
      do {
        n = refs.get();
        if (n <= 0) return false;
      } while (!refs.compareAndSet(n, n + 1));
      return true;
    }

    void release() {
      if (refs.decrementAndGet() == 0) {
        try {
          searcher.close();
        } catch (IOException e) {
          log.println("fahras serve: closing the previous searcher: " + e.getMessage());
          log.flush();
        }
      }
    }

    Lease lease() {
      return new Lease() {
        private boolean released;

        @Override
        public FahrasSearcher searcher() {
          return searcher;
        }

        @Override
        public void close() {
          if (!released) {
            released = true;
            release();
          }
        }
      };
    }
  }
}
