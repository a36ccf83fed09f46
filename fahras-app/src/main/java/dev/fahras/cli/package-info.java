/** The {@code fahras} command line (picocli; packaged into the runnable jar only). */
package dev.fahras.cli;
