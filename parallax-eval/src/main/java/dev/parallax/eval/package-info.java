/**
 * The standing evaluation of Parallax over public corpora, apart from the unit tests: one {@link
 * dev.parallax.eval.Suite} per task, each printing its figures with the data version, and {@link
 * dev.parallax.eval.Floors} that fail a run when a figure drops. Depends on {@code parallax-core}
 * only; nothing in core depends on it.
 */
package dev.parallax.eval;
