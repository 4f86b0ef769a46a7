/**
 * Separates the article from what is not the article (ads, credits, related links, footers,
 * prompts), keeping every removal with its reason. Main type: {@link dev.parallax.clean.Cleaner}.
 * Works on lines and their shape only; must not depend on the NLP stages.
 */
package dev.parallax.clean;
