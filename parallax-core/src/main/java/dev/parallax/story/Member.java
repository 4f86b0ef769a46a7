package dev.parallax.story;

import java.util.Map;

/**
 * An article as the grouper scores it while its story is held: its signature, its embedding and its
 * unit word and name vectors under the IDF of the moment it was filed. Mutable flags only.
 */
final class Member {
  final String key;
  final Signature sig;
  final float[] vector;
  final Map<String, Double> words;
  final Map<String, Double> names;

  /** Placed by a user: never moved automatically. */
  boolean pinned;

  /**
   * Filed in an earlier batch: a caller may have written it where it is, so a batch's end keeps it
   * in its story where a cluster could keep either (moving it means writing it again).
   */
  boolean settled;

  Member(
      String key,
      Signature sig,
      float[] vector,
      Map<String, Double> words,
      Map<String, Double> names) {
    this.key = key;
    this.sig = sig;
    this.vector = vector;
    this.words = words;
    this.names = names;
  }
}
