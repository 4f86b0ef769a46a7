package dev.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Versions of the same quotation carried by two or more articles. {@code id} is {@code G1}, {@code
 * G2}...; {@code quotes} lists every member quote id in article order; {@code variance} is the
 * largest difference of any version from the reference (the longest version); {@code diff} has one
 * entry per version other than the reference. A quotation carried by one article only forms no
 * group.
 */
public record QuoteGroup(
    String id,
    List<String> quotes,
    Optional<Speaker> speaker,
    QuoteVariance variance,
    List<QuoteDiff> diff) {
  public QuoteGroup {
    Objects.requireNonNull(id, "id");
    quotes = List.copyOf(quotes);
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(variance, "variance");
    diff = List.copyOf(diff);
  }
}
