package dev.fahras.corpus;

import java.io.IOException;

/**
 * Bad input in a source: names where (file, line or byte offset), what is wrong and what to do. The
 * message is meant for users as it is; a front end with its own words for the remedies (a command
 * line's flags) builds its own from {@link #location()}, {@link #problem()} and {@link #remedy()}.
 */
public class DocumentReadException extends IOException {
  /** What a reader of the input can do about it, beyond fixing the input. */
  public enum Remedy {
    /** Only fixing the input helps. */
    FIX_INPUT,
    /** Reading with {@link ReadOptions#replaceInvalid()} would index it with U+FFFD in place. */
    REPLACE_INVALID,
    /** A higher {@link ReadOptions#maxDocumentBytes()} would accept it. */
    RAISE_SIZE_LIMIT
  }

  private final String location;
  private final String problem;
  private final Remedy remedy;

  public DocumentReadException(String location, String problem) {
    this(location, problem, Remedy.FIX_INPUT);
  }

  public DocumentReadException(String location, String problem, Remedy remedy) {
    super(location + ": " + problem + apiAdvice(remedy));
    this.location = location;
    this.problem = problem;
    this.remedy = remedy;
  }

  /** A copy of {@code other}, e.g. to carry more context in a subclass. */
  protected DocumentReadException(DocumentReadException other) {
    this(other.location, other.problem, other.remedy);
    initCause(other);
  }

  private static String apiAdvice(Remedy remedy) {
    return switch (remedy) {
      case FIX_INPUT -> "";
      case REPLACE_INVALID ->
          "; convert the file to UTF-8, or read it with ReadOptions.replaceInvalid";
      case RAISE_SIZE_LIMIT -> "; split it, or raise ReadOptions.maxDocumentBytes";
    };
  }

  /** The file and line (or byte offset) of the bad input. */
  public String location() {
    return location;
  }

  /** What is wrong, without the location or remedy. */
  public String problem() {
    return problem;
  }

  public Remedy remedy() {
    return remedy;
  }
}
