/**
 * The same analysis as an Apache Spark job over a corpus in distributed storage: read, clean and
 * sign each article where its partition lives, group the whole corpus into stories by blocks of
 * articles that share distinctive names, and analyse each story with enough outlets. Main type:
 * {@link dev.parallax.spark.Job}; {@link dev.parallax.spark.Main} is {@code parallax-spark run}.
 * Every step calls {@code parallax-core}; nothing here reads, cleans, scores or analyses on its
 * own.
 */
package dev.parallax.spark;
