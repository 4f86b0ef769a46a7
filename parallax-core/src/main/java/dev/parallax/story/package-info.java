/**
 * Groups articles into stories, one story per real-world event, as they arrive: the fast path
 * (cleaned text, names, numbers, dates and a sentence embedding of title and lead), with candidate
 * stories found through an index, never a scan. Main type: {@link dev.parallax.story.StoryGrouper}.
 * Must not depend on CoreNLP.
 */
package dev.parallax.story;
