/**
 * Builds one story timeline from the dated sentences of all articles, merging mentions of the same
 * event across articles and marking an event the articles date differently as a conflict. Main
 * type: {@link dev.parallax.timeline.TimelineBuilder}. Works on annotated records only; must not
 * depend on CoreNLP.
 */
package dev.parallax.timeline;
