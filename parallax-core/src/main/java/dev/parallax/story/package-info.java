/**
 * Groups articles into stories, one story per real-world event, as they arrive: the fast path
 * (cleaned text, names, numbers, dates and a sentence embedding of title and lead), with candidate
 * stories found through an index, never a scan. Main type: {@link dev.parallax.story.StoryGrouper};
 * {@link dev.parallax.story.GrouperCodec} saves and restores its state for a store (the encoding
 * itself is package-private), and {@link dev.parallax.story.SignedArticle} carries an article
 * signed in one place to be filed in another (a Spark job). Must not depend on CoreNLP or on the
 * store.
 */
package dev.parallax.story;
