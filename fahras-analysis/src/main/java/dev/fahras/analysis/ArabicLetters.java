package dev.fahras.analysis;

/** The Arabic letters the chain's parts test for by name, defined once. */
final class ArabicLetters {
  private ArabicLetters() {}

  /** The hamza (ء). */
  static final char HAMZA = '\u0621';

  /** The alef (ا). */
  static final char ALEF = '\u0627';

  /** The beh (ب). */
  static final char BEH = '\u0628';

  /** The teh (ت). */
  static final char TEH = '\u062A';

  /** The khah (خ). */
  static final char KHAH = '\u062E';

  /** The seen (س). */
  static final char SEEN = '\u0633';

  /** The tatweel (ـ), which stretches a word. */
  static final char TATWEEL = '\u0640';

  /** The feh (ف). */
  static final char FEH = '\u0641';

  /** The kaf (ك). */
  static final char KAF = '\u0643';

  /** The lam (ل). */
  static final char LAM = '\u0644';

  /** The meem (م). */
  static final char MEEM = '\u0645';

  /** The noon (ن). */
  static final char NOON = '\u0646';

  /** The heh (ه). */
  static final char HEH = '\u0647';

  /** The waw (و). */
  static final char WAW = '\u0648';

  /** The yeh (ي). */
  static final char YEH = '\u064A';

  /** The superscript (dagger) alef. */
  static final char SUPERSCRIPT_ALEF = '\u0670';
}
