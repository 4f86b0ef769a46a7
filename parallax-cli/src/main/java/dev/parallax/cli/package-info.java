/**
 * The {@code parallax} command line (picocli): translates arguments into core calls and writes
 * reports; holds no analysis logic. Main type: {@link dev.parallax.cli.Main}.
 */
package dev.parallax.cli;
