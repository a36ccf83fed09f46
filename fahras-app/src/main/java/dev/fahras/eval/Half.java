package dev.fahras.eval;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A fixed half of a query set, chosen by a hash of each query's id (CRC-32, even or odd): weights
 * are calibrated on one half and reported on the other, so a gain that only fits the queries it was
 * tuned on shows.
 */
public enum Half {
  A,
  B;

  /** The half that query {@code id} falls in. */
  public static Half of(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() & 1) == 0 ? A : B;
  }

  /** Whether {@code id} is in {@code half}; every id is in the null half (the whole set). */
  static boolean holds(Half half, String id) {
    return half == null || of(id) == half;
  }
}
