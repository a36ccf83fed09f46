package dev.fahras.search;

import org.apache.lucene.tests.util.LuceneTestCase;

public class TestKeyboardLayout extends LuceneTestCase {
  public void testKeysBackToArabic() {
    assertEquals("الحسكة", KeyboardLayout.arabicFromLatin("hgps;m"));
    assertEquals("داعش", KeyboardLayout.arabicFromLatin("]hua"));
    assertEquals("سجن الصناعة", KeyboardLayout.arabicFromLatin("s[k hgwkhum"));
    assertEquals("لا", KeyboardLayout.arabicFromLatin("bb").substring(0, 2));
  }

  public void testNotASlip() {
    assertNull(KeyboardLayout.arabicFromLatin("السجن")); // Arabic already
    assertNull(KeyboardLayout.arabicFromLatin("h")); // one letter
    assertNull(KeyboardLayout.arabicFromLatin("café")); // a character no key types
    assertNull(KeyboardLayout.arabicFromLatin("12 34"));
  }

  public void testKeysBackToLatin() {
    assertEquals("camera", KeyboardLayout.latinFromArabic("ؤشةثقش"));
    assertEquals("black", KeyboardLayout.latinFromArabic("لامشؤن")); // لا is the b key
    assertEquals("bad", KeyboardLayout.latinFromArabic("لاشي"));
    assertNull(KeyboardLayout.latinFromArabic("أ")); // a shifted key, and one letter
    assertNull(KeyboardLayout.latinFromArabic("ش"));
    // every unshifted letter key goes there and back (but g then h: ل then ا is the b key's لا)
    String keys = "qwertyuiop[]asdfhgjkl;'zxcvnm,./`";
    assertEquals(keys, KeyboardLayout.latinFromArabic(KeyboardLayout.arabicFromLatin(keys)));
  }
}
