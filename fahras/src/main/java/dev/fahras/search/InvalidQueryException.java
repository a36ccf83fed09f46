package dev.fahras.search;

/**
 * A query that cannot run: a syntax error in advanced mode, or over a limit. The message is for
 * users as it is (position and a hint, never a parser trace).
 */
public class InvalidQueryException extends IllegalArgumentException {
  private final int position;

  public InvalidQueryException(String message, int position) {
    super(message);
    this.position = position;
  }

  public InvalidQueryException(String message) {
    this(message, -1);
  }

  /** 0-based char position of the problem in the query, or -1 when it concerns the whole query. */
  public int position() {
    return position;
  }
}
