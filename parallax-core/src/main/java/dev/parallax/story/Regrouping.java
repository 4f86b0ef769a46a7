package dev.parallax.story;

import dev.parallax.story.Batch.Merge;
import dev.parallax.story.Batch.Moved;
import dev.parallax.story.StoryGrouper.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The end of a batch: the grouper revisits its last decisions. The articles of the stories the
 * batch touched and of the stories near them are clustered again (average link over pairs of
 * articles, cut at {@link Settings#merge()}), each held article alone, articles of earlier batches
 * too (a story restored from its saved state holds its articles as one unit, which moves only
 * whole); each cluster keeps one story (no story is kept by two clusters; a cluster left without
 * one opens a new story), its other articles move to it, and a story whose articles all fall in a
 * cluster another story keeps is merged into it. Articles a user placed never move, and stories a
 * user separated are never joined. One writer, as the grouper.
 */
final class Regrouping {
  /**
   * How far below {@link Settings#merge()} a neighbouring story may score and still be re-examined.
   */
  private static final double MARGIN = 0.1;

  /**
   * Most units (articles of the batch, and earlier articles of a story together) clustered again at
   * the end of a batch; above, stories are merged whole, best pair first. The matrix is quadratic:
   * 10,000 units hold 400 MB ({@link PairScores} fills it on every core). {@code parallax cluster}
   * files an input of up to this many articles as one batch, so that they are clustered as if all
   * at once (docs/EVALUATION.md: at 4,000 the AllSides train events, 7,356 articles, fell back to
   * merging whole stories and scored 0.725 against 0.764); a larger input in batches ({@link
   * StoryGrouper#cluster}).
   */
  static final int LIMIT = 10000;

  /**
   * Most units clustered again with the articles of earlier batches each alone; above, they stay
   * with the rest of their story and only the batch's own articles move alone. A batch's end costs
   * up to about 5 s at this size on two cores (docs/BENCHMARKS.md, "Story grouping: the batch's
   * end"); a store fed undated articles, all in one window, would otherwise re-examine more of its
   * articles at every batch's end the larger it grows.
   */
  static final int EARLIER_LIMIT = 4000;

  private final StoryGrouper grouper;
  private final Scoring scoring;
  private final PairScores pairs;

  /** {@link #EARLIER_LIMIT}, lowered by tests. */
  int earlierLimit = EARLIER_LIMIT;

  /** {@link #LIMIT}, lowered by tests. */
  int limit = LIMIT;

  Regrouping(StoryGrouper grouper, Scoring scoring) {
    this.grouper = grouper;
    this.scoring = scoring;
    this.pairs = new PairScores(grouper.settings(), scoring);
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
      if (grouper.story(t.id) == t) {
        hood.add(t);
      }
    }
    // touched stories are in whatever their score: only the others are scored
    for (OpenStory t : List.copyOf(hood)) {
      for (OpenStory o : grouper.candidatesOf(t.indexed)) {
        if (o != t
            && !hood.contains(o)
            && scoring.windowsMeet(t, o)
            && scoring.score(t, o) >= grouper.settings().merge() - MARGIN) {
          hood.add(o);
        }
      }
    }
    // units: each article held alone (but those a user placed), and the rest of each story
    // together; when that is more than EARLIER_LIMIT units, the articles of earlier batches stay
    // with the rest of their story, as only the batch's own move alone
    int all = 0;
    for (OpenStory s : hood) {
      int alone = 0;
      for (Member m : s.members) {
        alone += m.pinned ? 0 : 1;
      }
      all += alone + (s.articles > alone ? 1 : 0);
    }
    boolean earlierAlone = all <= earlierLimit;
    List<OpenStory> units = new ArrayList<>();
    List<OpenStory> home = new ArrayList<>();
    List<Member> single = new ArrayList<>();
    for (OpenStory s : hood) {
      OpenStory rest = new OpenStory(s.id, s.seq, s.title, s.sum.length);
      rest.takeIn(s);
      for (Member m : s.members) {
        if (!m.pinned && (earlierAlone || !m.settled)) {
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
    if (n > limit) {
      merges.addAll(consolidate(touched));
      return;
    }
    int[] sizes = new int[n];
    int[] settled = new int[n];
    for (int i = 0; i < n; i++) {
      sizes[i] = units.get(i).articles;
      settled[i] = single.get(i) == null || single.get(i).settled ? sizes[i] : 0;
    }
    PairScores.PairTest apart =
        (i, j) -> {
          OpenStory a = home.get(i);
          OpenStory b = home.get(j);
          return a != b && (a.apart.contains(b.id) || b.apart.contains(a.id))
              || !scoring.windowsMeet(units.get(i), units.get(j));
        };
    float[][] sim = pairs.matrix(units, apart);
    Crowding.adjust(sim, sizes);
    Stragglers.Nearest nearest = Stragglers.of(sim);
    double cut = grouper.settings().merge();
    int[] cluster = Agglomeration.averageLink(sim, sizes, cut);
    // each straggler's evidence, by its unit
    Match.Straggler[] joinedAs = new Match.Straggler[n];
    for (Stragglers.Joined j : Stragglers.joins(cluster, sizes, nearest, apart, cut)) {
      joinedAs[j.unit()] =
          new Match.Straggler(
              article(units.get(j.unit())),
              article(units.get(j.closest())),
              j.score(),
              j.outside(),
              Stragglers.MARGIN);
    }
    Map<Integer, List<Integer>> byCluster = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byCluster.computeIfAbsent(cluster[i], c -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>(byCluster.values());
    OpenStory[] keepers = keepers(groups, units, home, single, settled);
    // per cluster, a straggler that joined it (-1: none)
    int[] straggler = new int[groups.size()];
    Arrays.fill(straggler, -1);
    for (int c = 0; c < groups.size(); c++) {
      for (int i : groups.get(c)) {
        if (joinedAs[i] != null && straggler[c] < 0) {
          straggler[c] = i;
        }
      }
    }
    // a story all of whose units fall in one cluster is merged whole into its keeper (one alias for
    // a store, not each article written again); -1 for a story split across clusters
    Map<OpenStory, Integer> wholeIn = new HashMap<>();
    for (int c = 0; c < groups.size(); c++) {
      for (int i : groups.get(c)) {
        int in = c;
        wholeIn.merge(home.get(i), c, (was, now) -> was == in ? was : -1);
      }
    }
    // every cluster's articles of split stories move first, then stories merge: a story merged
    // away early would otherwise hold on to the articles it has in other clusters
    OpenStory[] to = keepers.clone();
    for (int c = 0; c < groups.size(); c++) {
      // the cluster's articles, to score each article that moves against the others it ends with
      // (the story it goes to may be new, or still missing articles that move after it)
      OpenStory together = null;
      for (int i : groups.get(c)) {
        Member m = single.get(i);
        OpenStory from = home.get(i);
        if (m == null || from == keepers[c] || wholeIn.get(from) == c) {
          continue;
        }
        if (to[c] == null) {
          to[c] = grouper.open(m.sig.title, m.vector.length);
        }
        OpenStory into = to[c];
        if (together == null) {
          together = new OpenStory(into.id, into.seq, into.title, into.sum.length);
          for (int j : groups.get(c)) {
            together.takeIn(units.get(j));
          }
        }
        together.count(m, -1);
        Match scored = scoring.match(m, together);
        together.count(m, +1);
        Match why = why(scored, i, straggler[c], joinedAs, home, null, into);
        grouper.addTo(from, m, -1);
        grouper.addTo(into, m, +1);
        moves.add(new Moved(m.key, from.id, into.id, why));
        if (from.articles <= 0) {
          merges.add(new Merge(from.id, into.id, why));
          grouper.forget(from, into);
        }
      }
    }
    for (int c = 0; c < groups.size(); c++) {
      OpenStory into = keepers[c];
      for (int i : groups.get(c)) {
        OpenStory from = home.get(i);
        if (single.get(i) != null && wholeIn.get(from) != c
            || into == null
            || from == into
            || grouper.story(from.id) != from
            || from.apart.contains(into.id)
            || into.apart.contains(from.id)) {
          continue;
        }
        OpenStory older = from.seq < into.seq ? from : into;
        OpenStory younger = older == from ? into : from;
        Match why =
            why(scoring.between(older, younger), i, straggler[c], joinedAs, home, from, into);
        grouper.absorb(older, younger);
        merges.add(new Merge(younger.id, older.id, why));
        into = older;
      }
    }
  }

  /** The one article a unit holds, when it holds one the grouper still knows. */
  private static Optional<String> article(OpenStory unit) {
    return unit.articles == 1 && unit.members.size() == 1
        ? Optional.of(unit.members.get(0).key)
        : Optional.empty();
  }

  /**
   * {@code why} for unit {@code i} going to {@code into} (a merge of its story {@code from}; null
   * for a move), with the evidence of the straggler that decided it: unit {@code i} itself, or the
   * cluster's straggler {@code s} when its story took the others in or is the story merged.
   */
  private static Match why(
      Match why,
      int i,
      int s,
      Match.Straggler[] joinedAs,
      List<OpenStory> home,
      OpenStory from,
      OpenStory into) {
    if (joinedAs[i] != null) {
      return why.with(joinedAs[i]);
    }
    if (s >= 0 && (home.get(s) == into || home.get(s) == from)) {
      return why.with(joinedAs[s]);
    }
    return why;
  }

  /**
   * The story each cluster keeps, at most one cluster per story, so that two clusters never end in
   * one story: a story whose articles held as one unit fall in a cluster can be kept only by that
   * cluster (they move only with the whole story); any other story by the cluster, largest first,
   * in which it holds most articles of earlier batches (fewest written again), then most articles,
   * then the older story. A cluster left without one (null) opens a new story for its articles.
   * Indexed as {@code groups}.
   */
  private OpenStory[] keepers(
      List<List<Integer>> groups,
      List<OpenStory> units,
      List<OpenStory> home,
      List<Member> single,
      int[] settled) {
    Map<OpenStory, Integer> restIn = new HashMap<>();
    int[] size = new int[groups.size()];
    for (int c = 0; c < groups.size(); c++) {
      for (int i : groups.get(c)) {
        size[c] += units.get(i).articles;
        if (single.get(i) == null) {
          restIn.put(home.get(i), c);
        }
      }
    }
    Integer[] order = new Integer[groups.size()];
    for (int c = 0; c < order.length; c++) {
      order[c] = c;
    }
    Arrays.sort(
        order,
        Comparator.comparingInt((Integer c) -> -size[c])
            .thenComparingInt(c -> groups.get(c).get(0)));
    Set<OpenStory> taken = new HashSet<>();
    OpenStory[] out = new OpenStory[groups.size()];
    for (int c : order) {
      // per story: its articles of earlier batches in the cluster, then all of them
      Map<OpenStory, long[]> votes = new LinkedHashMap<>();
      boolean rested = false;
      for (int i : groups.get(c)) {
        long[] v = votes.computeIfAbsent(home.get(i), s -> new long[2]);
        v[0] += settled[i];
        v[1] += units.get(i).articles;
        rested |= single.get(i) == null;
      }
      OpenStory keeper = null;
      for (Map.Entry<OpenStory, long[]> e : votes.entrySet()) {
        OpenStory s = e.getKey();
        Integer rest = restIn.get(s);
        boolean eligible = rested ? rest != null && rest == c : rest == null && !taken.contains(s);
        if (eligible && (keeper == null || before(e.getValue(), s, votes.get(keeper), keeper))) {
          keeper = s;
        }
      }
      if (keeper != null) {
        taken.add(keeper);
        out[c] = keeper;
      }
    }
    return out;
  }

  /** Whether a story with votes {@code v} keeps a cluster before one with {@code w}. */
  private static boolean before(long[] v, OpenStory s, long[] w, OpenStory t) {
    if (v[0] != w[0]) {
      return v[0] > w[0];
    }
    if (v[1] != w[1]) {
      return v[1] > w[1];
    }
    return s.seq < t.seq;
  }
}
