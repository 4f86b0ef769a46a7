package dev.parallax.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Words of a person's title or role, lower case: {@code roles.tsv}'s roles ("senator", "spokesman")
 * and {@code person-titles.txt}'s title words ("minister", "chief", "press"); and {@code
 * roles.tsv}'s nouns of family relation.
 */
public final class RoleWords {
  /** Both lists together. */
  public static final Set<String> ALL = all();

  /** Nouns of family relation ({@code roles.tsv} "kin": "mother", "son", "widow"). */
  public static final Set<String> KIN = DataFiles.words("roles.tsv", "kin");

  private RoleWords() {}

  private static Set<String> all() {
    Set<String> out = new HashSet<>(DataFiles.words("roles.tsv", "role"));
    out.addAll(DataFiles.words("person-titles.txt"));
    return Set.copyOf(out);
  }
}
