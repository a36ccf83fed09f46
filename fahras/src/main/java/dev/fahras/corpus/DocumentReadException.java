package dev.fahras.corpus;

import java.io.IOException;

/**
 * Bad input in a source: names where (file, line or byte offset) and what to do. The message is
 * meant for users as it is.
 */
public class DocumentReadException extends IOException {
  private final String location;

  public DocumentReadException(String location, String message) {
    super(location + ": " + message);
    this.location = location;
  }

  /** The file and line (or byte offset) of the bad input. */
  public String location() {
    return location;
  }
}
