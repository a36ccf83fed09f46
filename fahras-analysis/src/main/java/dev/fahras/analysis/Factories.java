package dev.fahras.analysis;

import java.util.Locale;

/** Helpers shared by the factories. */
final class Factories {
  private Factories() {}

  /** PRESENTATION_FORMS → presentationForms: the factory argument for an option name. */
  static String argName(String constant) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }
}
