package dev.parallax.spark;

import java.io.Serializable;

/** What reading one input gives, item by item: an article for the next stages, or a diagnostic. */
sealed interface Item extends Serializable permits ArticleRow, Diag {}
