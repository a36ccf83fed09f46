/** The search page and its JSON API on the JDK's HTTP server. */
package dev.fahras.web;
