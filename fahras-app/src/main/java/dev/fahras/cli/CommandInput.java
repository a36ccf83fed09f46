package dev.fahras.cli;

import dev.fahras.corpus.DocumentReadException;

/** What the commands make of what a user gave them: on|off values, and bad input said plainly. */
final class CommandInput {
  private CommandInput() {}

  /** The library's message about bad input, with the remedy in this command's flags. */
  static String describe(DocumentReadException e) {
    String where = e.location() + ": " + e.problem();
    return switch (e.remedy()) {
      case FIX_INPUT -> where;
      case REPLACE_INVALID ->
          where
              + "; convert the file to UTF-8, or pass --replace-invalid to index it with U+FFFD in place of bad bytes";
      case RAISE_SIZE_LIMIT -> where + "; split it, or raise the limit (--max-doc-mb)";
    };
  }

  /** The value of an on|off option (picocli names the choices when another is given). */
  enum OnOff {
    ON,
    OFF;

    boolean on() {
      return this == ON;
    }
  }
}
