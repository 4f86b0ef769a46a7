package dev.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.store.StoryExplanation.ArticleExplanation;
import dev.parallax.store.StoryExplanation.Step;
import dev.parallax.story.Match;
import java.util.Locale;

/**
 * A story's explanation and a correction as JSON, as {@code parallax story ID --explain --format
 * json} prints them and the API answers. An explanation: {@code {story, articles: [{id, source,
 * outlet, title, steps: [{kind, story, from, why, runner_up, join, copy_of, at, text}]}],
 * corrections: [...]}} (absent fields unknown); a match: {@code {story, score, embedding, words,
 * names, numbers, other_day, shared_names, shared_numbers, straggler}} ({@code straggler}: {@code
 * {article, closest, score, outside, margin}}, only when a lone article's best match decided a
 * grouper's move or merge); a correction: {@code {kind, from, into, article, at, text}}. {@code
 * text} is the same sentence the command line prints. Thread-safe.
 */
public final class StoryExplanationJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StoryExplanationJson() {}

  public static String write(StoryExplanation e) {
    return text(tree(e));
  }

  public static String write(Correction c) {
    return text(tree(c));
  }

  public static ObjectNode tree(StoryExplanation e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("story", e.storyId());
    ArrayNode articles = o.putArray("articles");
    for (ArticleExplanation a : e.articles()) {
      ObjectNode n = articles.addObject();
      n.put("id", a.id());
      n.put("source", a.source());
      a.outlet().ifPresent(v -> n.put("outlet", v));
      n.put("title", a.title());
      ArrayNode steps = n.putArray("steps");
      for (Step s : a.steps()) {
        ObjectNode t = steps.addObject();
        t.put("kind", s.kind().code());
        t.put("story", s.storyId());
        s.from().ifPresent(v -> t.put("from", v));
        s.why().ifPresent(m -> t.set("why", match(m)));
        s.runnerUp().ifPresent(m -> t.set("runner_up", match(m)));
        s.join().ifPresent(v -> t.put("join", v));
        s.copyOf().ifPresent(v -> t.put("copy_of", v));
        s.at().ifPresent(v -> t.put("at", v));
        t.put("text", s.describe(a.id()));
      }
    }
    ArrayNode corrections = o.putArray("corrections");
    e.corrections().forEach(c -> corrections.add(tree(c)));
    return o;
  }

  public static ObjectNode tree(Correction c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
    o.put("from", c.from());
    o.put("into", c.into());
    c.article().ifPresent(v -> o.put("article", v));
    c.published().ifPresent(v -> o.put("published", v.toString()));
    o.put("at", c.at());
    o.put("text", c.describe());
    return o;
  }

  private static ObjectNode match(Match m) {
    ObjectNode o = JSON.createObjectNode();
    o.put("story", m.storyId());
    o.put("score", m.score());
    o.put("embedding", m.embedding());
    o.put("words", m.words());
    o.put("names", m.names());
    o.put("numbers", m.numbers());
    o.put("other_day", m.otherDay());
    ArrayNode names = o.putArray("shared_names");
    m.sharedNames().forEach(names::add);
    ArrayNode numbers = o.putArray("shared_numbers");
    m.sharedNumbers().forEach(numbers::add);
    m.straggler().ifPresent(st -> o.set("straggler", tree(st)));
    return o;
  }

  /**
   * A straggler's evidence: {@code {article, closest, score, outside, margin}}, as the API answers
   * it and the store keeps it.
   */
  public static ObjectNode tree(Match.Straggler s) {
    ObjectNode t =
        JSON.createObjectNode()
            .put("score", s.score())
            .put("outside", s.outside())
            .put("margin", s.margin());
    s.article().ifPresent(v -> t.put("article", v));
    s.closest().ifPresent(v -> t.put("closest", v));
    return t;
  }

  private static String text(ObjectNode o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }
}
