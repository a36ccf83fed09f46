package dev.fahras.search;

import java.util.HashMap;
import java.util.Map;

/**
 * Arabic typed with the keyboard set to an English (US QWERTY) layout: each key's Latin character
 * back to the Arabic letter the same key gives on the Arabic (101) layout, so {@code hgps;m} reads
 * as الحسكة and {@code ]hua} as داعش. Shifted keys give the Arabic layout's shifted characters
 * (hamza forms, diacritics), and {@code b}, {@code B}, {@code T}, {@code G} its lam-alef ligatures.
 */
final class KeyboardLayout {
  private KeyboardLayout() {}

  private static final String[] ARABIC = new String[128];

  static {
    // unshifted keys
    put("q", "\u0636"); // ض
    put("w", "\u0635"); // ص
    put("e", "\u062B"); // ث
    put("r", "\u0642"); // ق
    put("t", "\u0641"); // ف
    put("y", "\u063A"); // غ
    put("u", "\u0639"); // ع
    put("i", "\u0647"); // ه
    put("o", "\u062E"); // خ
    put("p", "\u062D"); // ح
    put("[", "\u062C"); // ج
    put("]", "\u062F"); // د
    put("a", "\u0634"); // ش
    put("s", "\u0633"); // س
    put("d", "\u064A"); // ي
    put("f", "\u0628"); // ب
    put("g", "\u0644"); // ل
    put("h", "\u0627"); // ا
    put("j", "\u062A"); // ت
    put("k", "\u0646"); // ن
    put("l", "\u0645"); // م
    put(";", "\u0643"); // ك
    put("'", "\u0637"); // ط
    put("z", "\u0626"); // ئ
    put("x", "\u0621"); // ء
    put("c", "\u0624"); // ؤ
    put("v", "\u0631"); // ر
    put("b", "\u0644\u0627"); // لا
    put("n", "\u0649"); // ى
    put("m", "\u0629"); // ة
    put(",", "\u0648"); // و
    put(".", "\u0632"); // ز
    put("/", "\u0638"); // ظ
    put("`", "\u0630"); // ذ
    // shifted keys that give letters or marks
    put("Q", "\u064E");
    put("W", "\u064B");
    put("E", "\u064F");
    put("R", "\u064C");
    put("T", "\u0644\u0625"); // لإ
    put("Y", "\u0625"); // إ
    put("A", "\u0650");
    put("S", "\u064D");
    put("G", "\u0644\u0623"); // لأ
    put("H", "\u0623"); // أ
    put("J", "\u0640");
    put("K", "\u060C"); // ،
    put("X", "\u0652");
    put("B", "\u0644\u0622"); // لآ
    put("N", "\u0622"); // آ
    put("?", "\u061F"); // ؟
    put("~", "\u0651");
  }

  private static void put(String key, String arabic) {
    ARABIC[key.charAt(0)] = arabic;
  }

  /**
   * {@code query} as the Arabic its keys type, or null when it is no such slip: it holds an Arabic
   * letter already, or fewer than two Latin letters, or a character with no Arabic key.
   */
  static String arabicFromLatin(String query) {
    StringBuilder out = new StringBuilder(query.length());
    int letters = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        out.append(c);
        continue;
      }
      if (c >= 128 || ARABIC[c] == null) return null;
      if (Character.isLetter(c)) letters++;
      out.append(ARABIC[c]);
    }
    return letters >= 2 ? out.toString() : null;
  }

  /** Arabic characters back to the unshifted Latin keys that type them; the reverse slip. */
  private static final Map<Character, Character> LATIN = latinKeys();

  private static Map<Character, Character> latinKeys() {
    Map<Character, Character> keys = new HashMap<>();
    for (char k = 'a'; k <= 'z'; k++) addLatin(keys, k);
    for (char k : ";',./[]`".toCharArray()) addLatin(keys, k);
    return Map.copyOf(keys);
  }

  private static void addLatin(Map<Character, Character> keys, char key) {
    String arabic = ARABIC[key];
    if (arabic != null && arabic.length() == 1) keys.putIfAbsent(arabic.charAt(0), key);
  }

  /**
   * {@code query} as the Latin text its keys type on an English layout, when it was typed with the
   * keyboard left on Arabic (ؤشةثقش for camera), or null when it is no such slip: a character with
   * no unshifted key, or fewer than two letters. لا is one key (b).
   */
  static String latinFromArabic(String query) {
    StringBuilder out = new StringBuilder(query.length());
    int letters = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        out.append(c);
        continue;
      }
      if (c == '\u0644' && i + 1 < query.length() && query.charAt(i + 1) == '\u0627') {
        out.append('b');
        letters++;
        i++;
        continue;
      }
      Character key = LATIN.get(c);
      if (key == null) return null;
      if (Character.isLetter(key)) letters++;
      out.append(key.charValue());
    }
    return letters >= 2 ? out.toString() : null;
  }
}
