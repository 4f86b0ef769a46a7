package dev.parallax.internal;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A title's short forms ({@code roles.tsv} {@code abbreviation}: "sen.", "sgt.", "const."), as
 * written and without their full stop, which a tokenizer may cut off ("said Police Const." | "Tim
 * Fanning"). Lower case.
 */
public final class TitleAbbreviations {
  /** As {@code roles.tsv} writes them: "sen.", "const.", "rep". */
  public static final Set<String> WRITTEN = DataFiles.words("roles.tsv", "abbreviation");

  /** Without full stops: "sen", "const", "rep". */
  public static final Set<String> BARE =
      WRITTEN.stream().map(w -> w.replace(".", "")).collect(Collectors.toUnmodifiableSet());

  private TitleAbbreviations() {}
}
