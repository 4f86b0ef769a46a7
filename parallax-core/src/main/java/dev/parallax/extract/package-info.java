/**
 * Finds the article in an HTML page: its main text (one paragraph per line, for the cleaner) and
 * its metadata (title, outlet, date, author, address). Main type: {@link
 * dev.parallax.extract.HtmlExtractor}. Depends on jsoup and Jackson only; must not depend on the
 * NLP stages or on how pages are fetched.
 */
package dev.parallax.extract;
