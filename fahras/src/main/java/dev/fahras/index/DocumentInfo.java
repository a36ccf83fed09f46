package dev.fahras.index;

/**
 * What is known of a document besides its text, as a record holds it and a hit shows it: a new
 * field of a document is added here, to its record's encoding and to the output.
 *
 * @param id the document id
 * @param source its source (outlet)
 * @param title its headline, or ""
 * @param date its ISO date (YYYY-MM-DD), or ""
 * @param url its address, or ""
 */
public record DocumentInfo(String id, String source, String title, String date, String url) {}
