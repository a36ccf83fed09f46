package dev.fahras.eval;

/**
 * Writes a whole number from 1 to 9,999 in Arabic words, as news text does (ثلاثمئة وأربعة وسبعون),
 * so that generated quotes can give a figure in words where the source has digits. It writes; it
 * never reads: reading numbers is the analysis chain's.
 */
final class ArabicNumberWords {
  private ArabicNumberWords() {}

  private static final String[] UNITS = {
    "", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"
  };
  private static final String[] TEENS = {
    "عشرة",
    "أحد عشر",
    "اثنا عشر",
    "ثلاثة عشر",
    "أربعة عشر",
    "خمسة عشر",
    "ستة عشر",
    "سبعة عشر",
    "ثمانية عشر",
    "تسعة عشر"
  };
  private static final String[] TENS = {
    "", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"
  };
  private static final String[] HUNDREDS = {
    "", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"
  };
  private static final String[] THOUSANDS = {
    "",
    "ألف",
    "ألفان",
    "ثلاثة آلاف",
    "أربعة آلاف",
    "خمسة آلاف",
    "ستة آلاف",
    "سبعة آلاف",
    "ثمانية آلاف",
    "تسعة آلاف"
  };

  /** {@code n} in words, or null outside 1–9,999. */
  static String spell(int n) {
    if (n < 1 || n > 9_999) return null;
    StringBuilder out = new StringBuilder();
    append(out, THOUSANDS[n / 1000]);
    append(out, HUNDREDS[n / 100 % 10]);
    int rest = n % 100;
    if (rest >= 10 && rest < 20) {
      append(out, TEENS[rest - 10]);
    } else {
      append(out, UNITS[rest % 10]);
      append(out, TENS[rest / 10]);
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String part) {
    if (part.isEmpty()) return;
    if (!out.isEmpty()) out.append(" و");
    out.append(part);
  }
}
