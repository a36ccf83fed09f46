package dev.fahras.corpus;

/**
 * How sources read their input.
 *
 * @param replaceInvalid replace invalid UTF-8 with U+FFFD instead of reporting it
 * @param maxDocumentBytes documents larger than this are refused with a clear error
 */
public record ReadOptions(boolean replaceInvalid, long maxDocumentBytes) {
  /** Strict UTF-8, documents up to 32 MB. */
  public static final ReadOptions DEFAULT = new ReadOptions(false, 32L << 20);

  public ReadOptions {
    if (maxDocumentBytes < 1)
      throw new IllegalArgumentException("maxDocumentBytes must be positive");
  }
}
