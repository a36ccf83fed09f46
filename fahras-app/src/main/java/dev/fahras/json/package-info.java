/** JSON output shapes shared by the command line and the web API; stable, tools depend on them. */
package dev.fahras.json;
