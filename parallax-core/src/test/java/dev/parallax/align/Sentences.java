package dev.parallax.align;

import dev.parallax.model.BlockKind;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-made annotated sentences for unit tests: {@code "Oman/NNP/E1 hosted/VBD 12/CD
 * warships/NNS"}, each token word/POS with an optional entity id (which makes it a PLACE mention).
 * Lemmas are the lowercase word with a plural {@code s} dropped for NNS, unless a token is written
 * {@code word/POS/=lemma}.
 */
final class Sentences {
  private Sentences() {}

  static Sentence of(String id, String tagged) {
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String part : tagged.split(" ")) {
      String[] f = part.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(f[0]);
      String lemma = f[0].toLowerCase(Locale.ROOT);
      if (f[1].equals("NNS") && lemma.endsWith("s")) {
        lemma = lemma.substring(0, lemma.length() - 1);
      }
      // "word/POS/=lemma" gives the lemma; "word/POS/entity" marks a place
      boolean lemmaGiven = f.length > 2 && f[2].startsWith("=");
      if (lemmaGiven) {
        lemma = f[2].substring(1);
      }
      boolean place = f.length > 2 && !lemmaGiven;
      String ner = place ? "LOCATION" : "O";
      tokens.add(new Token(f[0], lemma, f[1], ner, start, text.length()));
      if (place) {
        mentions.add(new Mention(f[0], EntityType.PLACE, start, text.length(), f[2]));
      }
    }
    return new Sentence(
        id, BlockKind.BODY, text.toString(), 0, text.length(), tokens, mentions, List.of());
  }
}
