/**
 * Source documents and where they come from (a folder with a manifest, JSON Lines), and how a
 * document's text becomes passages with boilerplate set aside. No Lucene here.
 */
package dev.fahras.corpus;
