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
}
