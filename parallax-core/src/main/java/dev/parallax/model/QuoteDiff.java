package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * How one version of a grouped quotation differs from the group's reference version.
 *
 * @param from the quote ids of the reference version (several when an attribution breaks it)
 * @param to the quote ids of this version
 * @param variance how this version relates to the reference
 * @param ops the word-level diff from the reference ({@code a}) to this version ({@code b})
 */
public record QuoteDiff(
    List<String> from, List<String> to, QuoteVariance variance, List<DiffOp> ops) {
  public QuoteDiff {
    from = List.copyOf(from);
    to = List.copyOf(to);
    Objects.requireNonNull(variance, "variance");
    ops = List.copyOf(ops);
  }
}
