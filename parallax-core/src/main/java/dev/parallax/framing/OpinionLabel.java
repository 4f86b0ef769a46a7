package dev.parallax.framing;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Removal;
import dev.parallax.model.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an outlet labels an article an opinion piece, and by what: a column or an editorial
 * argues a view, so its loaded words measure a genre, not how a news report tells the event
 * (docs/framing.md, "Opinion pieces"). Only the outlet's own labels count, never the wording: a
 * kicker heading the headline ("Opinion: ...", "Op-Ed | ...", "Guest Essay: ..."), an address in
 * the outlet's opinion section (".../opinion/...", ".../commentisfree/..."), or a note that the
 * views are the writer's own ("The opinions expressed in this commentary are solely those of the
 * author"), removed by the cleaner or among the first or last three sentences. Patterns: {@code
 * opinion-kicker}, {@code opinion-address} and {@code opinion-note} in lexicon/boilerplate.tsv.
 * Thread-safe.
 */
public final class OpinionLabel {
  private static final Pattern KICKER = DataFiles.pattern("boilerplate.tsv", "opinion-kicker");
  private static final Pattern ADDRESS = DataFiles.pattern("boilerplate.tsv", "opinion-address");
  private static final Pattern NOTE = DataFiles.pattern("boilerplate.tsv", "opinion-note");

  /** How many sentences at each end of the text a note that the views are the writer's is read. */
  private static final int NOTE_SENTENCES = 3;

  private OpinionLabel() {}

  /**
   * What labels the article an opinion piece, as a reader checks it ({@code headline labelled
   * "Opinion:"}, {@code address in the outlet's opinion section: /opinion/}, {@code note: "The
   * views expressed ..."}), or empty when its outlet does not.
   */
  public static Optional<String> of(Article a) {
    if (a == null) {
      return Optional.empty();
    }
    Optional<String> title = a.meta().title();
    if (title.isPresent()) {
      Matcher k = KICKER.matcher(title.get());
      if (k.lookingAt()) {
        String label = title.get().substring(0, k.end() - 1).strip();
        return Optional.of("headline labelled \"" + label + "\"");
      }
    }
    String url = a.meta().url().orElse(a.meta().source());
    Matcher address = ADDRESS.matcher(url);
    if (address.lookingAt()) {
      String path = url.substring(0, address.end());
      int slash = path.lastIndexOf('/', path.endsWith("/") ? path.length() - 2 : path.length());
      String section = path.substring(Math.max(0, slash)).replaceAll("[?#]$", "");
      return Optional.of("address in the outlet's opinion section: " + section);
    }
    for (Removal r : a.removed()) {
      Optional<String> note = note(r.text());
      if (note.isPresent()) {
        return note;
      }
    }
    List<Sentence> body = a.sentences().stream().filter(s -> s.kind() == BlockKind.BODY).toList();
    for (int i = 0; i < body.size(); i++) {
      if (i < NOTE_SENTENCES || i >= body.size() - NOTE_SENTENCES) {
        Optional<String> note = note(body.get(i).text());
        if (note.isPresent()) {
          return note;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the article is labelled an opinion piece by its outlet ({@link #of}). */
  public static boolean opinion(Article a) {
    return of(a).isPresent();
  }

  private static Optional<String> note(String text) {
    Matcher m = NOTE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String quoted = text.strip();
    if (quoted.length() > 90) {
      quoted = quoted.substring(0, 89).strip() + "…";
    }
    return Optional.of("note: \"" + quoted + "\"");
  }
}
