package dev.parallax.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A story the grouper holds: sums over its articles (so that the average score against them is one
 * dot product), counts of its names, numbers and event days, its dates, the words it is listed
 * under and the stories a user separated from it. Mutable, one writer.
 */
final class OpenStory {
  final String id;
  final long seq;
  final String title;
  final List<String> sources = new ArrayList<>();

  /** Sum of the articles' embeddings. */
  final float[] sum;

  /** Sum of the articles' unit TF-IDF word vectors. */
  final Map<String, Double> words = new HashMap<>();

  /** Sum of the articles' unit IDF-weighted name vectors. */
  final Map<String, Double> names = new HashMap<>();

  /** Name counts of its articles (title and lead count double). */
  final Map<String, Integer> counts = new HashMap<>();

  /** Numbers its articles state, with how many state each. */
  final Map<String, Integer> numbers = new HashMap<>();

  /** Event days its leads name, with how many name each. */
  final Map<LocalDate, Integer> eventDays = new HashMap<>();

  /** The words this story is listed under in the candidate index. */
  final Set<String> indexed = new HashSet<>();

  /** Stories a user separated from this one: never merged with it automatically. */
  final Set<String> apart = new HashSet<>();

  /**
   * Its articles as filed, while it is held since they were (empty for a story restored from
   * storage).
   */
  final List<Member> members = new ArrayList<>();

  int articles;
  LocalDate first;
  LocalDate last;

  OpenStory(String id, long seq, String title, int dims) {
    this.id = id;
    this.seq = seq;
    this.title = title;
    this.sum = new float[dims];
  }

  /** What is persisted of it ({@link GrouperCodec}): all but its members. */
  StoryState state() {
    return new StoryState(
        id,
        seq,
        title,
        articles,
        sum,
        words,
        names,
        counts,
        numbers,
        eventDays,
        Optional.ofNullable(first),
        Optional.ofNullable(last),
        indexed,
        apart);
  }

  /**
   * A story persisted with {@link #state}, as it was, without members (the caller lists it in the
   * index).
   */
  static OpenStory of(StoryState state) {
    OpenStory s = new OpenStory(state.id(), state.seq(), state.title(), state.sum().length);
    System.arraycopy(state.sum(), 0, s.sum, 0, s.sum.length);
    s.articles = state.articles();
    s.words.putAll(state.words());
    s.names.putAll(state.names());
    s.counts.putAll(state.counts());
    s.numbers.putAll(state.numbers());
    s.eventDays.putAll(state.eventDays());
    s.first = state.first().orElse(null);
    s.last = state.last().orElse(null);
    s.apart.addAll(state.apart());
    return s;
  }

  /** Adds ({@code sign} +1) or takes out (-1) what one article brings to the sums and counts. */
  void count(Member a, int sign) {
    Signature sig = a.sig;
    if (sign > 0) {
      sources.add(sig.source);
      members.add(a);
      sig.published.ifPresent(this::addDate);
    } else {
      sources.remove(sig.source);
      members.removeIf(m -> m.key.equals(a.key));
    }
    articles += sign;
    for (int i = 0; i < a.vector.length; i++) {
      sum[i] += sign * a.vector[i];
    }
    a.words.forEach((k, w) -> add(words, k, sign * w));
    a.names.forEach((k, w) -> add(names, k, sign * w));
    sig.names.forEach((n, c) -> addCount(counts, n, sign * c));
    for (String x : sig.numbers) {
      addCount(numbers, x, sign);
    }
    sig.eventDay.ifPresent(d -> addCount(eventDays, d, sign));
  }

  /**
   * Takes in the sums, counts and dates of {@code gone} (the index and the apart marks are the
   * caller's).
   */
  void takeIn(OpenStory gone) {
    sources.addAll(gone.sources);
    members.addAll(gone.members);
    articles += gone.articles;
    for (int i = 0; i < sum.length; i++) {
      sum[i] += gone.sum[i];
    }
    gone.words.forEach((k, w) -> words.merge(k, w, Double::sum));
    gone.names.forEach((k, w) -> names.merge(k, w, Double::sum));
    gone.counts.forEach((n, c) -> counts.merge(n, c, Integer::sum));
    gone.numbers.forEach((n, c) -> numbers.merge(n, c, Integer::sum));
    gone.eventDays.forEach((d, c) -> eventDays.merge(d, c, Integer::sum));
    if (gone.first != null) {
      addDate(gone.first);
      addDate(gone.last);
    }
  }

  private void addDate(LocalDate d) {
    first = first == null || d.isBefore(first) ? d : first;
    last = last == null || d.isAfter(last) ? d : last;
  }

  private static void add(Map<String, Double> m, String k, double w) {
    double v = m.getOrDefault(k, 0.0) + w;
    if (Math.abs(v) < 1e-9 || v < 0) {
      m.remove(k); // what an article took out leaves nothing behind
    } else {
      m.put(k, v);
    }
  }

  private static <K> void addCount(Map<K, Integer> m, K k, int c) {
    int v = m.getOrDefault(k, 0) + c;
    if (v <= 0) {
      m.remove(k);
    } else {
      m.put(k, v);
    }
  }
}
