package dev.fahras.analysis;

import static dev.fahras.analysis.ArabicLetters.ALEF;
import static dev.fahras.analysis.ArabicLetters.HAMZA;
import static dev.fahras.analysis.ArabicLetters.HEH;
import static dev.fahras.analysis.ArabicLetters.KAF;
import static dev.fahras.analysis.ArabicLetters.NOON;
import static dev.fahras.analysis.ArabicLetters.SUPERSCRIPT_ALEF;
import static dev.fahras.analysis.ArabicLetters.TATWEEL;
import static dev.fahras.analysis.ArabicLetters.YEH;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Normalizes the letters of one token so that the spellings an Arabic reader treats as the same
 * word become one term.
 *
 * <p>A letter followed by a combining madda or hamza (U+0653–U+0655) is first composed with it
 * (canonical composition, NFC), so ا + U+0654 is أ and و + U+0654 is ؤ whatever rules follow. Then
 * the rules, each switchable (see {@link Option}); the README has the same table with an example
 * word per row:
 *
 * <ul>
 *   <li>{@link Option#DIACRITICS}: harakat and other marks U+064B–U+065F, honorific and small marks
 *       U+0610–U+061A, the superscript alef U+0670, Quranic annotation marks U+06D6–U+06ED and
 *       Arabic Extended-A marks U+08D3–U+08FF are removed ({@code السِّجْن} → {@code السجن}); a
 *       word's final ا that carries the accusative tanween after ن or ه goes with it ({@code
 *       مكاناً} → {@code مكان}), so the stemmer does not read نا or ها as a pronoun. The
 *       superscript alef is read as a real alef by {@link FahrasDaggerAlefFilter}, which runs
 *       first.
 *   <li>{@link Option#TATWEEL}: U+0640 is removed ({@code الحســكة} → {@code الحسكة}).
 *   <li>{@link Option#ALEF}: أ إ آ ٱ ٲ ٳ ٵ (U+0622, U+0623, U+0625, U+0671–U+0673, U+0675) → ا.
 *   <li>{@link Option#HAMZA}: hamza on a seat, ؤ ئ ٶ ٷ ٸ (U+0624, U+0626, U+0676–U+0678), → the
 *       bare hamza ء. Writers disagree on the seat of a medial hamza (مسؤول, مسئول), so the seat is
 *       dropped and the hamza kept: both become مسءول, and رئيس (رءيس) still matches only itself,
 *       never ريس.
 *   <li>{@link Option#YEH}: ى ی ې ے ؽ ؾ ؿ (U+0649, U+06CC, U+06D0, U+06D2, U+063D–U+063F) → ي.
 *   <li>{@link Option#TEH_MARBUTA}: ة (U+0629) → ه, and the Persian/Urdu heh forms ۀ ہ ۂ ۃ ە ھ
 *       (U+06C0–U+06C3, U+06D5, U+06BE) → ه.
 *   <li>{@link Option#KAF}: Persian/Urdu keheh ک ڪ ػ ؼ (U+06A9, U+06AA, U+063B, U+063C) → ك.
 *   <li>{@link Option#DIGITS}: Arabic-Indic and extended digits → ASCII; inside a number the Arabic
 *       separators ٫ ٬ become {@code .} {@code ,}, and thousands separators are dropped ({@code
 *       ٢٬٥٠٠} → {@code 2,500} → {@code 2500}).
 *   <li>{@link Option#INVISIBLES}: zero-width and bidi controls left inside the token are removed.
 *   <li>{@link Option#LOWERCASE}: other scripts are lower-cased ({@code ISIS} → {@code isis}).
 * </ul>
 *
 * <p>The rules never depend on the language of the document: Persian letters in an Arabic text and
 * Arabic letters in a Persian one fold the same way. Instances are immutable and thread-safe.
 */
public final class FahrasNormalizer {

  /** A switchable normalization rule. */
  public enum Option {
    DIACRITICS,
    TATWEEL,
    ALEF,
    HAMZA,
    YEH,
    TEH_MARBUTA,
    KAF,
    DIGITS,
    INVISIBLES,
    LOWERCASE
  }

  private static final char DELETE = '\uFFFF';

  /** Replacement per char of U+0600–U+06FF: 0 unchanged, {@link #DELETE} removed. */
  private final char[] arabic = new char[0x100];

  /** Canonical composition of an Arabic letter with U+0653, U+0654, U+0655 (NFC); 0 for none. */
  private static final char[][] COMPOSED = composed();

  private static char[][] composed() {
    char[][] table = new char[3][0x100];
    for (int m = 0; m < 3; m++) {
      for (int c = 0; c < 0x100; c++) {
        String pair = new String(new char[] {(char) (0x0600 + c), (char) (0x0653 + m)});
        String nfc = Normalizer.normalize(pair, Normalizer.Form.NFC);
        if (nfc.length() == 1) table[m][c] = nfc.charAt(0);
      }
    }
    return table;
  }

  private static final char FATHATAN = '\u064B';

  /** Marks beyond U+0600–U+06FF, and the ا that carries the accusative tanween, go too. */
  private final boolean diacritics;

  private final boolean invisibles;
  private final boolean lowercase;
  private final boolean digits;

  /** A shared normalizer with every rule on (immutable, thread-safe). */
  public static final FahrasNormalizer DEFAULT = new FahrasNormalizer();

  /** A normalizer with every rule on. */
  public FahrasNormalizer() {
    this(EnumSet.allOf(Option.class));
  }

  /** A normalizer applying the given rules. */
  public FahrasNormalizer(Set<Option> options) {
    if (options.contains(Option.DIACRITICS)) {
      range('\u0610', '\u061A', DELETE);
      range('\u064B', '\u065F', DELETE);
      set(SUPERSCRIPT_ALEF, DELETE);
      range('\u06D6', '\u06ED', DELETE);
    }
    if (options.contains(Option.TATWEEL)) set(TATWEEL, DELETE);
    if (options.contains(Option.ALEF)) {
      for (char c :
          new char[] {'\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673', '\u0675'}) {
        set(c, ALEF);
      }
    }
    if (options.contains(Option.HAMZA)) {
      for (char c : new char[] {'\u0624', '\u0626', '\u0676', '\u0677', '\u0678'}) set(c, HAMZA);
    }
    if (options.contains(Option.YEH)) {
      for (char c :
          new char[] {'\u0649', '\u06CC', '\u06D0', '\u06D2', '\u063D', '\u063E', '\u063F'}) {
        set(c, YEH);
      }
    }
    if (options.contains(Option.TEH_MARBUTA)) {
      for (char c :
          new char[] {'\u0629', '\u06C0', '\u06C1', '\u06C2', '\u06C3', '\u06D5', '\u06BE'}) {
        set(c, HEH);
      }
    }
    if (options.contains(Option.KAF)) {
      for (char c : new char[] {'\u06A9', '\u06AA', '\u063B', '\u063C'}) set(c, KAF);
    }
    digits = options.contains(Option.DIGITS);
    if (digits) {
      for (int d = 0; d < 10; d++) {
        set((char) ('\u0660' + d), (char) ('0' + d));
        set((char) ('\u06F0' + d), (char) ('0' + d));
      }
      set('\u066B', '.');
      set('\u066C', ',');
      set('\u066A', '%');
    }
    invisibles = options.contains(Option.INVISIBLES);
    if (invisibles) set('\u061C', DELETE);
    diacritics = options.contains(Option.DIACRITICS);
    lowercase = options.contains(Option.LOWERCASE);
  }

  private void set(char c, char to) {
    arabic[c - '\u0600'] = to;
  }

  private void range(char from, char to, char value) {
    for (char c = from; c <= to; c++) set(c, value);
  }

  /** {@code s}, normalized. */
  public String normalize(String s) {
    char[] c = s.toCharArray();
    return new String(c, 0, normalize(c, c.length));
  }

  /**
   * Normalizes {@code s[0..len)} in place.
   *
   * @return the new length
   */
  public int normalize(char[] s, int len) {
    int out = 0;
    boolean sawDigit = false;
    boolean sawSeparator = false;
    int fathatanAt = -1; // the output length when the last fathatan was read
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (c == FATHATAN) fathatanAt = out;
      if (c < 0x80) {
        if (lowercase && c >= 'A' && c <= 'Z') c += 'a' - 'A';
      } else if (c >= '\u0600' && c <= '\u06FF') {
        if (i + 1 < len && s[i + 1] >= '\u0653' && s[i + 1] <= '\u0655') {
          char composed = COMPOSED[s[i + 1] - '\u0653'][c - '\u0600'];
          if (composed != 0) {
            c = composed; // ا + U+0654 is أ, before any other rule
            i++;
          }
        }
        char to = arabic[c - '\u0600'];
        if (to == DELETE) continue;
        if (to != 0) c = to;
      } else if (c >= '\u08D3' && c <= '\u08FF') {
        if (diacritics) continue;
      } else if (isInvisible(c)) {
        if (invisibles) continue;
      } else if (lowercase && Character.isUpperCase(c) && !Character.isSurrogate(c)) {
        c = Character.toLowerCase(c);
      }
      if (c >= '0' && c <= '9') sawDigit = true;
      else if (c == ',') sawSeparator = true;
      s[out++] = c;
    }
    if (digits && sawDigit && sawSeparator) out = dropThousandsSeparators(s, out);
    if (diacritics
        && fathatanAt >= out - 1
        && out >= 3
        && s[out - 1] == ALEF
        && (s[out - 2] == NOON || s[out - 2] == HEH)
        && !(out >= 6 && s[out - 2] == NOON && s[out - 3] == ALEF)) {
      // the final ا that carries the accusative tanween is no letter of the word, and after ن or
      // ه it would be read as the pronoun نا or ها (مكاناً as مكا, تعاوناً as تعاو); elsewhere it
      // stays, so the form as written still meets the same word typed without the tanween, and
      // so does a longer word in انا, which the stemmer reads as accusative itself (بهتاناً)
      out--;
    }
    return out;
  }

  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u061C'
        || c == '\uFEFF'
        || c == '\u00AD';
  }

  /**
   * Removes commas that group digits in threes ("2,500" → "2500", "1,234,567.5" → "1234567.5",
   * "و2,500" → "و2500"); a token where commas do not group thousands is left alone.
   */
  private static int dropThousandsSeparators(char[] s, int len) {
    int first = 0;
    while (first < len && (s[first] < '0' || s[first] > '9')) first++;
    int i = first;
    while (i < len && s[i] >= '0' && s[i] <= '9') i++;
    if (i - first > 3) return len;
    int end = i;
    while (end < len && s[end] == ',') {
      int groupEnd = end + 1;
      while (groupEnd < len && s[groupEnd] >= '0' && s[groupEnd] <= '9') groupEnd++;
      if (groupEnd - end - 1 != 3) return len;
      end = groupEnd;
    }
    if (end < len && s[end] != '.') return len;
    int out = first;
    for (int j = first; j < len; j++) {
      if (j < end && s[j] == ',') continue;
      s[out++] = s[j];
    }
    return out;
  }
}
