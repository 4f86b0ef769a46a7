/**
 * Parallax cross-examines news coverage of one story. {@link dev.parallax.Parallax} is the entry
 * point; {@link dev.parallax.Pipeline} composes the stages. Nothing under {@code internal} is API.
 */
package dev.parallax;
