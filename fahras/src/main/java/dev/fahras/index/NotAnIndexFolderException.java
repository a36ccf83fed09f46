package dev.fahras.index;

import java.io.IOException;

/**
 * A folder given for an index holds files that no index wrote: writing there could delete them
 * (Lucene removes files named like its own that no commit references), so it is refused.
 */
public class NotAnIndexFolderException extends IOException {
  public NotAnIndexFolderException(String message) {
    super(message);
  }
}
