package dev.parallax.story;

import dev.parallax.story.Batch.Merge;
import dev.parallax.story.Batch.Moved;
import dev.parallax.story.StoryGrouper.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The end of a batch: the grouper revisits its last decisions. The articles of the stories the batch
 * touched and of the stories near them are clustered again (average link over pairs of articles, cut
 * at {@link Settings#merge()}); each cluster keeps the story holding most of its articles, the
 * batch's articles move to it, and a story whose articles all fall in a cluster another story keeps
 * is merged into it whole (articles of earlier batches move only that way: they are already written
 * where they are). Stories a user separated are never joined. One writer, as the grouper.
 */
final class Regrouping {
  /** How far below {@link Settings#merge()} a neighbouring story may score and still be re-examined. */
  private static final double MARGIN = 0.1;

  /**
   * Most articles clustered again at the end of a batch (the matrix is quadratic); above, stories are
   * merged whole, best pair first.
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
   * pair above {@link Settings#merge()} is merged, then the merged story is compared again, until no
   * pair is left above it. Pairs a user separated, or out of each other's window, are not merged.
   */
  List<Merge> consolidate(Set<OpenStory> touched) {
    List<Merge> merges = new ArrayList<>();
    PriorityQueue<Pair> queue = new PriorityQueue<>(
        Comparator.comparingDouble((Pair p) -> -p.why.score()).thenComparingLong(p -> p.a.seq).thenComparingLong(p -> p.b.seq));
    Map<OpenStory, Integer> version = new HashMap<>();
    for (OpenStory s : touched) {
      if (grouper.story(s.id) == s) {
        pairs(s, version, queue);
      }
    }
    while (!queue.isEmpty()) {
      Pair p = queue.poll();
      if (grouper.story(p.a.id) != p.a || grouper.story(p.b.id) != p.b
          || version.getOrDefault(p.a, 0) != p.va || version.getOrDefault(p.b, 0) != p.vb) {
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
      if (o == s || s.apart.contains(o.id) || o.apart.contains(s.id) || !scoring.windowsMeet(s, o)) {
        continue;
      }
      Match m = scoring.between(s, o);
      if (m.score() >= grouper.settings().merge()) {
        queue.add(new Pair(s, o, version.getOrDefault(s, 0), version.getOrDefault(o, 0), m));
      }
    }
  }

  /**
   * Average-link clustering again of the articles of the stories the batch touched and of the stories
   * near them, cut at {@link Settings#merge()}; each cluster keeps the story holding most of its
   * articles, the others are moved to it, and stories left empty are merged into the story that took
   * their articles.
   */
  void regroup(Set<OpenStory> touched, List<Moved> moves, List<Merge> merges) {
    Set<OpenStory> hood = new LinkedHashSet<>();
    for (OpenStory t : touched) {
      if (grouper.story(t.id) != t) {
        continue;
      }
      hood.add(t);
      for (OpenStory o : grouper.candidatesOf(t.indexed)) {
        if (o != t && !hood.contains(o) && scoring.windowsMeet(t, o) && scoring.between(t, o).score() >= grouper.settings().merge() - MARGIN) {
          hood.add(o);
        }
      }
    }
    List<Member> ms = new ArrayList<>();
    List<OpenStory> home = new ArrayList<>();
    for (OpenStory s : hood) {
      for (Member m : s.members) {
        ms.add(m);
        home.add(s);
      }
    }
    int n = ms.size();
    if (n > LIMIT) {
      merges.addAll(consolidate(touched));
      return;
    }
    float[][] sim = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v;
        OpenStory a = home.get(i);
        OpenStory b = home.get(j);
        if (a != b && (a.apart.contains(b.id) || b.apart.contains(a.id))) {
          v = -10;
        } else {
          v = scoring.pair(ms.get(i), ms.get(j));
        }
        sim[i][j] = sim[j][i] = (float) v;
      }
    }
    int[] cluster = Agglomeration.averageLink(sim, grouper.settings().merge());
    // clusters by size, each keeping the story that holds most of its articles
    Map<Integer, List<Integer>> byCluster = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byCluster.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>(byCluster.values());
    groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
    Set<OpenStory> claimed = new HashSet<>();
    Map<List<Integer>, OpenStory> owner = new LinkedHashMap<>();
    for (List<Integer> g : groups) {
      Map<OpenStory, Integer> votes = new LinkedHashMap<>();
      for (int i : g) {
        votes.merge(home.get(i), 1, Integer::sum);
      }
      OpenStory best = null;
      for (Map.Entry<OpenStory, Integer> e : votes.entrySet()) {
        if (claimed.contains(e.getKey())) {
          continue;
        }
        if (best == null || e.getValue() > votes.get(best) || (e.getValue().equals(votes.get(best)) && e.getKey().seq < best.seq)) {
          best = e.getKey();
        }
      }
      if (best != null) {
        claimed.add(best);
      }
      owner.put(g, best);
    }
    for (List<Integer> g : groups) {
      OpenStory to = owner.get(g);
      for (int i : g) {
        Member m = ms.get(i);
        OpenStory from = home.get(i);
        if (from == to || m.pinned || m.settled) {
          continue;
        }
        if (to == null) {
          to = grouper.open(m.sig.title, m.vector.length);
          owner.put(g, to);
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
    }
    mergeWhole(groups, owner, ms, home, merges);
  }

  /**
   * Merges each story of the neighbourhood whose articles (those left after the moves) all fall in
   * one cluster kept by another story: settled articles move only this way, with their whole story.
   */
  private void mergeWhole(List<List<Integer>> groups, Map<List<Integer>, OpenStory> owner, List<Member> ms,
      List<OpenStory> home, List<Merge> merges) {
    Map<OpenStory, List<Integer>> where = new LinkedHashMap<>();
    Set<OpenStory> split = new HashSet<>();
    for (List<Integer> g : groups) {
      for (int i : g) {
        OpenStory s = home.get(i);
        if (grouper.story(s.id) != s || !s.members.contains(ms.get(i))) {
          continue; // moved out, or its story already gone
        }
        List<Integer> seen = where.putIfAbsent(s, g);
        if (seen != null && seen != g) {
          split.add(s);
        }
      }
    }
    for (Map.Entry<OpenStory, List<Integer>> e : where.entrySet()) {
      OpenStory s = e.getKey();
      OpenStory to = owner.get(e.getValue());
      if (split.contains(s) || to == null || to == s || grouper.story(to.id) != to || grouper.story(s.id) != s
          || s.apart.contains(to.id) || to.apart.contains(s.id) || s.members.size() != s.articles) {
        continue;
      }
      OpenStory older = s.seq < to.seq ? s : to;
      OpenStory younger = older == s ? to : s;
      Match why = scoring.between(older, younger);
      grouper.absorb(older, younger);
      merges.add(new Merge(younger.id, older.id, why));
      for (Map.Entry<List<Integer>, OpenStory> o : owner.entrySet()) {
        if (o.getValue() == younger) {
          o.setValue(older);
        }
      }
    }
  }
}
