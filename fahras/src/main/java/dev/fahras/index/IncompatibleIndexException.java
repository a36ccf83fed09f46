package dev.fahras.index;

import java.io.IOException;

/** The index on disk was built with another schema or analyzer configuration. */
public class IncompatibleIndexException extends IOException {
  public IncompatibleIndexException(String message) {
    super(message);
  }
}
