package dev.fahras.analysis;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Character-level folding applied to the raw text before tokenization, so that what it removes or
 * expands never splits or joins a word.
 *
 * <p>Rules, each switchable (see {@link Option}):
 *
 * <ul>
 *   <li>{@link Option#PRESENTATION_FORMS}: Arabic presentation forms U+FB50–U+FDFF and
 *       U+FE70–U+FEFF become their compatibility decomposition (NFKC), so {@code ﻻ} (U+FEFB)
 *       becomes {@code لا} and {@code ﷲ} becomes {@code الله}; isolated harakat forms (U+FE70…)
 *       lose the space NFKC puts before them.
 *   <li>{@link Option#DIGITS}: Arabic-Indic U+0660–U+0669 and extended (Persian/Urdu) U+06F0–U+06F9
 *       digits become ASCII 0–9; the Arabic decimal separator U+066B becomes {@code .}, the
 *       thousands separator U+066C becomes {@code ,} and the percent sign U+066A becomes {@code %}.
 *   <li>{@link Option#INVISIBLES}: zero-width and bidi controls U+200B–U+200F, U+202A–U+202E,
 *       U+2060–U+2064, U+2066–U+2069, U+061C, U+FEFF and the soft hyphen U+00AD are removed.
 * </ul>
 *
 * <p>A letter followed by a combining hamza or madda (ا + U+0654) is composed by {@link
 * FahrasNormalizer}, which sees the whole word.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ArabicCharFolder {

  /** A switchable folding rule. */
  public enum Option {
    PRESENTATION_FORMS,
    DIGITS,
    INVISIBLES
  }

  static final char[] DELETE = new char[0];

  private static final char ARABIC_BLOCK_START = '\u0600';
  private static final char GENERAL_PUNCTUATION_START = '\u2000';
  private static final char PRESENTATION_FORMS_A_START = '\uFB50';

  /** Replacements for U+0600–U+06FF, U+2000–U+206F and U+FB50–U+FEFF; null means unchanged. */
  private final char[][] arabic = new char[0x100][];

  private final char[][] punctuation = new char[0x70][];
  private final char[][] presentation = new char[0xFF00 - 0xFB50][];
  private final boolean softHyphen;

  /** Per BMP char: true when it is replaced or deleted; the char filter's fast path. */
  final boolean[] special = new boolean[0x10000];

  /** Phrase ligatures without a Unicode decomposition, and the words each stands for. */
  private static final String[][] PHRASE_LIGATURES = {
    {
      "\uFDFD",
      "\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062D\u0645\u0646 \u0627\u0644\u0631\u062D\u064A\u0645"
    },
    {"\uFDFE", "\u0633\u0628\u062D\u0627\u0646\u0647 \u0648\u062A\u0639\u0627\u0644\u0649"},
    {"\uFDFF", "\u0639\u0632 \u0648\u062C\u0644"}
  };

  /** A shared folder with every rule on. */
  static final ArabicCharFolder DEFAULT = new ArabicCharFolder();

  /** A folder with every rule on. */
  public ArabicCharFolder() {
    this(EnumSet.allOf(Option.class));
  }

  /** A folder applying the given rules. */
  public ArabicCharFolder(Set<Option> options) {
    if (options.contains(Option.DIGITS)) {
      for (int d = 0; d < 10; d++) {
        arabic['\u0660' + d - ARABIC_BLOCK_START] = new char[] {(char) ('0' + d)};
        arabic['\u06F0' + d - ARABIC_BLOCK_START] = new char[] {(char) ('0' + d)};
      }
      arabic['\u066A' - ARABIC_BLOCK_START] = new char[] {'%'};
      arabic['\u066B' - ARABIC_BLOCK_START] = new char[] {'.'};
      arabic['\u066C' - ARABIC_BLOCK_START] = new char[] {','};
    }
    boolean invisibles = options.contains(Option.INVISIBLES);
    if (invisibles) {
      arabic['\u061C' - ARABIC_BLOCK_START] = DELETE;
      for (char c = '\u200B'; c <= '\u200F'; c++)
        punctuation[c - GENERAL_PUNCTUATION_START] = DELETE;
      for (char c = '\u202A'; c <= '\u202E'; c++)
        punctuation[c - GENERAL_PUNCTUATION_START] = DELETE;
      for (char c = '\u2060'; c <= '\u2064'; c++)
        punctuation[c - GENERAL_PUNCTUATION_START] = DELETE;
      for (char c = '\u2066'; c <= '\u2069'; c++)
        punctuation[c - GENERAL_PUNCTUATION_START] = DELETE;
      presentation['\uFEFF' - PRESENTATION_FORMS_A_START] = DELETE;
    }
    softHyphen = invisibles;
    if (options.contains(Option.PRESENTATION_FORMS)) {
      for (char c = PRESENTATION_FORMS_A_START; c < '\uFEFF'; c++) {
        if (c >= '\uFE00' && c < '\uFE70') continue; // variation selectors, CJK and small forms
        String s = String.valueOf(c);
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        if (!folded.equals(s) && !folded.isEmpty()) {
          presentation[c - PRESENTATION_FORMS_A_START] = folded.toCharArray();
        }
      }
      // ligatures of whole phrases that Unicode gives no decomposition: their words
      for (String[] phrase : PHRASE_LIGATURES) {
        presentation[phrase[0].charAt(0) - PRESENTATION_FORMS_A_START] = phrase[1].toCharArray();
      }
    }
    for (int c = 0; c < 0x10000; c++) special[c] = replacement((char) c) != null;
  }

  /**
   * Returns the replacement for {@code c}: null when it stays as it is, an empty array when it is
   * deleted.
   */
  char[] replacement(char c) {
    if (c < ARABIC_BLOCK_START) {
      return c == '\u00AD' && softHyphen ? DELETE : null;
    } else if (c <= '\u06FF') {
      return arabic[c - ARABIC_BLOCK_START];
    } else if (c < GENERAL_PUNCTUATION_START) {
      return null;
    } else if (c < '\u2070') {
      return punctuation[c - GENERAL_PUNCTUATION_START];
    } else if (c >= PRESENTATION_FORMS_A_START && c <= '\uFEFF') {
      return presentation[c - PRESENTATION_FORMS_A_START];
    }
    return null;
  }
}
