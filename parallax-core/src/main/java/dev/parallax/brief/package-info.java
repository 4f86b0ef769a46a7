/**
 * The neutral brief: complete article sentences, one per fact, what every article reports first and
 * the most central of the rest within a length budget, each the least loaded of its fact's aligned
 * wordings and citing the sentences it rests on. Main type: {@link dev.parallax.brief.BriefWriter}.
 * Depends only on the model records.
 */
package dev.parallax.brief;
