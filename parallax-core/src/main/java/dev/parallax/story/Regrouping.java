package dev.parallax.story;

import dev.parallax.story.Batch.Merge;
import dev.parallax.story.Batch.Moved;
import dev.parallax.story.StoryGrouper.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The end of a batch: the grouper revisits its last decisions. The articles of the stories the
 * batch touched and of the stories near them are clustered again (average link over pairs of
 * articles, cut at {@link Settings#merge()}); each cluster keeps the story holding most of its
 * articles, the batch's articles move to it, and a story whose articles all fall in a cluster
 * another story keeps is merged into it whole (articles of earlier batches move only that way: they
 * are already written where they are). Stories a user separated are never joined. One writer, as
 * the grouper.
 */
final class Regrouping {
  /**
   * How far below {@link Settings#merge()} a neighbouring story may score and still be re-examined.
   */
  private static final double MARGIN = 0.1;

  /**
   * Most articles clustered again at the end of a batch (the matrix is quadratic); above, stories
   * are merged whole, best pair first.
   */
  private static final int LIMIT = 4000;

  private final StoryGrouper grouper;
  private final Scoring scoring;

  Regrouping(StoryGrouper grouper, Scoring scoring) {
    this.grouper = grouper;
    this.scoring = scoring;
  }

  /**
   * Average-link agglomeration over the stories the batch touched and their candidates: the best
   * pair above {@link Settings#merge()} is merged, then the merged story is compared again, until
   * no pair is left above it. Pairs a user separated, or out of each other's window, are not
   * merged.
   */
  List<Merge> consolidate(Set<OpenStory> touched) {
    List<Merge> merges = new ArrayList<>();
    PriorityQueue<Pair> queue =
        new PriorityQueue<>(
            Comparator.comparingDouble((Pair p) -> -p.why.score())
                .thenComparingLong(p -> p.a.seq)
                .thenComparingLong(p -> p.b.seq));
    Map<OpenStory, Integer> version = new HashMap<>();
    for (OpenStory s : touched) {
      if (grouper.story(s.id) == s) {
        pairs(s, version, queue);
      }
    }
    while (!queue.isEmpty()) {
      Pair p = queue.poll();
      if (grouper.story(p.a.id) != p.a
          || grouper.story(p.b.id) != p.b
          || version.getOrDefault(p.a, 0) != p.va
          || version.getOrDefault(p.b, 0) != p.vb) {
        continue;
      }
      OpenStory older = p.a.seq < p.b.seq ? p.a : p.b;
      OpenStory younger = older == p.a ? p.b : p.a;
      grouper.absorb(older, younger);
      merges.add(new Merge(younger.id, older.id, p.why));
      version.merge(older, 1, Integer::sum);
      pairs(older, version, queue);
    }
    return merges;
  }

  private record Pair(OpenStory a, OpenStory b, int va, int vb, Match why) {}

  private void pairs(OpenStory s, Map<OpenStory, Integer> version, PriorityQueue<Pair> queue) {
    for (OpenStory o : grouper.candidatesOf(s.indexed)) {
      if (o == s
          || s.apart.contains(o.id)
          || o.apart.contains(s.id)
          || !scoring.windowsMeet(s, o)) {
        continue;
      }
      Match m = scoring.between(s, o);
      if (m.score() >= grouper.settings().merge()) {
        queue.add(new Pair(s, o, version.getOrDefault(s, 0), version.getOrDefault(o, 0), m));
      }
    }
  }

  /**
   * Average-link clustering again of the articles of the stories the batch touched and of the
   * stories near them, cut at {@link Settings#merge()}; each cluster keeps the story holding most
   * of its articles, the others are moved to it, and stories left empty are merged into the story
   * that took their articles.
   */
  void regroup(Set<OpenStory> touched, List<Moved> moves, List<Merge> merges) {
    Set<OpenStory> hood = new LinkedHashSet<>();
    for (OpenStory t : touched) {
      if (grouper.story(t.id) != t) {
        continue;
      }
      hood.add(t);
      for (OpenStory o : grouper.candidatesOf(t.indexed)) {
        if (o != t
            && !hood.contains(o)
            && scoring.windowsMeet(t, o)
            && scoring.score(t, o) >= grouper.settings().merge() - MARGIN) {
          hood.add(o);
        }
      }
    }
    // units: each article filed since the last end alone, and each story's earlier articles
    // together
    List<OpenStory> units = new ArrayList<>();
    List<OpenStory> home = new ArrayList<>();
    List<Member> single = new ArrayList<>();
    for (OpenStory s : hood) {
      OpenStory rest = new OpenStory(s.id, s.seq, s.title, s.sum.length);
      rest.takeIn(s);
      for (Member m : s.members) {
        if (!m.settled && !m.pinned) {
          rest.count(m, -1);
          OpenStory alone = new OpenStory(s.id, s.seq, m.sig.title, s.sum.length);
          alone.count(m, +1);
          units.add(alone);
          home.add(s);
          single.add(m);
        }
      }
      if (rest.articles > 0) {
        units.add(rest);
        home.add(s);
        single.add(null);
      }
    }
    int n = units.size();
    if (n > LIMIT) {
      merges.addAll(consolidate(touched));
      return;
    }
    float[][] sim = new float[n][n];
    int[] sizes = new int[n];
    for (int i = 0; i < n; i++) {
      sizes[i] = units.get(i).articles;
      for (int j = i + 1; j < n; j++) {
        OpenStory a = home.get(i);
        OpenStory b = home.get(j);
        boolean kept = a != b && (a.apart.contains(b.id) || b.apart.contains(a.id));
        boolean far = !scoring.windowsMeet(units.get(i), units.get(j));
        double v = kept || far ? -10 : scoring.score(units.get(i), units.get(j));
        sim[i][j] = sim[j][i] = (float) v;
      }
    }
    int[] cluster = Agglomeration.averageLink(sim, sizes, grouper.settings().merge());
    Map<Integer, List<Integer>> byCluster = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byCluster.computeIfAbsent(cluster[i], c -> new ArrayList<>()).add(i);
    }
    for (List<Integer> g : byCluster.values()) {
      settle(g, units, home, single, moves, merges);
    }
  }

  /**
   * Puts one cluster in one story: the story holding most of its articles keeps it (a story emptied
   * or merged on the way gives way to the one that took it); the batch's articles move to it and
   * the other stories whose earlier articles are in the cluster are merged with it, the older
   * keeping its id.
   */
  private void settle(
      List<Integer> g,
      List<OpenStory> units,
      List<OpenStory> home,
      List<Member> single,
      List<Moved> moves,
      List<Merge> merges) {
    Map<OpenStory, Integer> votes = new LinkedHashMap<>();
    for (int i : g) {
      if (grouper.story(home.get(i).id) == home.get(i)) {
        votes.merge(home.get(i), units.get(i).articles, Integer::sum);
      }
    }
    OpenStory to = null;
    for (Map.Entry<OpenStory, Integer> e : votes.entrySet()) {
      if (to == null
          || e.getValue() > votes.get(to)
          || (e.getValue().equals(votes.get(to)) && e.getKey().seq < to.seq)) {
        to = e.getKey();
      }
    }
    for (int i : g) {
      Member m = single.get(i);
      OpenStory from = home.get(i);
      if (m == null || from == to || grouper.story(from.id) != from) {
        continue;
      }
      if (to == null) {
        to = grouper.open(m.sig.title, m.vector.length);
      }
      Match why = scoring.match(m, to);
      grouper.addTo(from, m, -1);
      grouper.addTo(to, m, +1);
      moves.add(new Moved(m.key, from.id, to.id, why));
      if (from.articles <= 0) {
        merges.add(new Merge(from.id, to.id, why));
        grouper.forget(from, to);
      }
    }
    for (int i : g) {
      OpenStory from = home.get(i);
      if (single.get(i) != null
          || to == null
          || from == to
          || grouper.story(from.id) != from
          || from.apart.contains(to.id)
          || to.apart.contains(from.id)) {
        continue;
      }
      OpenStory older = from.seq < to.seq ? from : to;
      OpenStory younger = older == from ? to : from;
      Match why = scoring.between(older, younger);
      grouper.absorb(older, younger);
      merges.add(new Merge(younger.id, older.id, why));
      to = older;
    }
  }
}
