/**
 * The neutral brief: one sentence per fact, chosen from the least loaded of its aligned wordings, each
 * citing the sentences it rests on. Main type: {@link dev.parallax.brief.BriefWriter}. Depends only on
 * the model records.
 */
package dev.parallax.brief;
