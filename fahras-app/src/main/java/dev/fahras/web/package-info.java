/** The search page and its JSON API, on Jetty. */
package dev.fahras.web;
