package dev.fahras.index;

import dev.fahras.corpus.DocumentReadException;
import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.SeenIds;
import dev.fahras.corpus.SourceDocument;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Indexes a {@link DocumentSource} with several threads: the calling thread reads, workers analyze
 * and add. Commits every {@code commitEveryDocs} documents or {@code commitEverySeconds}, and at
 * the end.
 *
 * <p>Bad records ({@link DocumentReadException}, a duplicate id within the run): with {@link
 * OnError#STOP} indexing stops there, commits what came before and throws; with {@link
 * OnError#SKIP} the record is counted, reported to the error listener and skipped. Nothing already
 * committed is ever lost. Not thread-safe; one run at a time.
 */
public final class Indexer {
  /** What to do with a bad record. */
  public enum OnError {
    STOP,
    SKIP
  }

  /** Progress so far; also the summary at the end. */
  public record Progress(
      long documents,
      long passages,
      long boilerplateLines,
      long errors,
      long bytesRead,
      long totalBytes,
      long elapsedNanos) {
    public double seconds() {
      return elapsedNanos / 1e9;
    }
  }

  private final FahrasIndexWriter writer;
  private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private OnError onError = OnError.STOP;
  private long commitEveryDocs = 100_000;
  private long commitEverySeconds = 60;
  private Consumer<DocumentReadException> errorListener = e -> {};
  private Consumer<Progress> progressListener = p -> {};
  private long progressEveryMillis = 500;

  public Indexer(FahrasIndexWriter writer) {
    this.writer = writer;
  }

  public Indexer withThreads(int n) {
    if (n < 1) throw new IllegalArgumentException("threads must be at least 1");
    this.threads = n;
    return this;
  }

  public Indexer withOnError(OnError onError) {
    this.onError = onError;
    return this;
  }

  public Indexer withCommitEvery(long docs, long seconds) {
    this.commitEveryDocs = docs;
    this.commitEverySeconds = seconds;
    return this;
  }

  public Indexer withErrorListener(Consumer<DocumentReadException> listener) {
    this.errorListener = listener;
    return this;
  }

  public Indexer withProgressListener(Consumer<Progress> listener, long everyMillis) {
    this.progressListener = listener;
    this.progressEveryMillis = everyMillis;
    return this;
  }

  private static final SourceDocument END = SourceDocument.of("\u0000end", "", " ");

  /** Indexes every document of {@code source} and commits. */
  public Progress run(DocumentSource source) throws IOException {
    long started = System.nanoTime();
    AtomicLong docs = new AtomicLong();
    AtomicLong passages = new AtomicLong();
    AtomicLong boiler = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    BlockingQueue<SourceDocument> queue = new ArrayBlockingQueue<>(threads * 8);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          Thread.ofPlatform()
              .name("fahras-indexer-" + t)
              .start(
                  () -> {
                    try {
                      while (true) {
                        SourceDocument d = queue.take();
                        if (d == END) return;
                        if (failure.get() != null) continue;
                        AddResult r = writer.add(d);
                        passages.addAndGet(r.passages());
                        boiler.addAndGet(r.boilerplateLines());
                        docs.incrementAndGet();
                      }
                    } catch (Throwable e) {
                      failure.compareAndSet(null, e);
                      // keep draining so the reader never blocks
                      while (true) {
                        try {
                          if (queue.take() == END) return;
                        } catch (InterruptedException ie) {
                          return;
                        }
                      }
                    }
                  });
      workers.add(w);
    }
    SeenIds seen = new SeenIds();
    long lastCommitDocs = 0;
    long lastCommit = System.nanoTime();
    long lastProgress = System.nanoTime();
    DocumentReadException stopAt = null;
    try {
      while (failure.get() == null) {
        SourceDocument d;
        try {
          d = source.next();
          if (d != null && !seen.add(d.id())) {
            throw new DocumentReadException(
                "document '" + d.id() + "'", "duplicate id in this input; ids must be unique");
          }
        } catch (DocumentReadException e) {
          errors.incrementAndGet();
          if (onError == OnError.STOP) {
            stopAt = e;
            break;
          }
          errorListener.accept(e);
          continue;
        }
        if (d == null) break;
        put(queue, d);
        long now = System.nanoTime();
        if (docs.get() - lastCommitDocs >= commitEveryDocs
            || now - lastCommit >= TimeUnit.SECONDS.toNanos(commitEverySeconds)) {
          writer.commit();
          lastCommitDocs = docs.get();
          lastCommit = now;
        }
        if (now - lastProgress >= TimeUnit.MILLISECONDS.toNanos(progressEveryMillis)) {
          progressListener.accept(
              new Progress(
                  docs.get(),
                  passages.get(),
                  boiler.get(),
                  errors.get(),
                  source.bytesRead(),
                  source.totalBytes(),
                  now - started));
          lastProgress = now;
        }
      }
    } finally {
      for (int t = 0; t < threads; t++) put(queue, END);
      for (Thread w : workers) {
        try {
          w.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    Throwable f = failure.get();
    if (f != null) {
      if (f instanceof IOException io) throw io;
      if (f instanceof RuntimeException re) throw re;
      throw new IOException(f);
    }
    writer.commit();
    Progress summary =
        new Progress(
            docs.get(),
            passages.get(),
            boiler.get(),
            errors.get(),
            source.bytesRead(),
            source.totalBytes(),
            System.nanoTime() - started);
    if (stopAt != null) throw new StoppedException(stopAt, summary);
    return summary;
  }

  private static void put(BlockingQueue<SourceDocument> queue, SourceDocument d)
      throws IOException {
    try {
      queue.put(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("indexing interrupted");
    }
  }

  /** Indexing stopped at a bad record; what came before it is committed. */
  public static final class StoppedException extends DocumentReadException {
    private final Progress progress;

    StoppedException(DocumentReadException cause, Progress progress) {
      super(cause);
      this.progress = progress;
    }

    /** What was indexed (and committed) before the bad record. */
    public Progress progress() {
      return progress;
    }
  }
}
