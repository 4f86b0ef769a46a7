package dev.parallax.cli;

import dev.parallax.store.SearchHit;
import dev.parallax.store.SearchQuery;
import dev.parallax.store.Store;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax search}: ranked full-text search over the store's articles and stories. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the store's articles and stories, best match first, with the matched words marked.",
      "QUERY takes words, \"quoted phrases\", AND/OR/NOT and title:word."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:results written (perhaps none)",
      "1:internal error",
      "2:bad usage",
      "5:the store could not be opened"
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
  List<String> words = new ArrayList<>();

  @CommandLine.Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only articles published on or after this day.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Only articles published on or before this day.")
  String until;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles from this outlet.")
  String outlet;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this.")
  String entity;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "At most N results (default: 20).")
  int limit;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  String format;

  @Option(
      names = "--color",
      negatable = true,
      description = "Mark matches in colour (default: on a terminal; else [[ ]]).")
  Boolean color;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Args.textOrJson(spec.commandLine(), format);
    Args.atLeast(spec.commandLine(), "--limit", limit, 1);
    SearchQuery query =
        new SearchQuery(
            String.join(" ", words),
            StoreOption.date(spec.commandLine(), "--since", since),
            StoreOption.date(spec.commandLine(), "--until", until),
            Optional.ofNullable(outlet),
            Optional.ofNullable(entity),
            limit);
    Optional<Store> opened = store.openReadOnly(err);
    if (opened.isEmpty()) {
      return Main.STORE;
    }
    List<SearchHit> hits;
    try (Store s = opened.get()) {
      hits = s.search(query);
    }
    if (format.equals("json")) {
      List<Object> list = new ArrayList<>();
      for (SearchHit h : hits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
        m.put("id", h.id());
        m.put("story", h.storyId());
        m.put("title", h.title());
        m.put("outlet", h.outlet().orElse(null));
        m.put("published", h.published().map(Object::toString).orElse(null));
        m.put("score", Math.round(h.score() * 1000) / 1000.0);
        m.put("snippet", h.snippet());
        List<Object> spans = new ArrayList<>();
        h.highlights().forEach(sp -> spans.add(List.of(sp.start(), sp.end())));
        m.put("highlights", spans);
        list.add(m);
      }
      Args.printJson(out, Map.of("query", query.text(), "hits", list));
    } else {
      boolean ansi = color != null ? color : StoreOption.terminal();
      int n = 0;
      for (SearchHit h : hits) {
        n++;
        String where =
            h.kind() == SearchHit.Kind.STORY
                ? "story " + h.storyId()
                : h.storyId() + " " + h.id() + h.outlet().map(o -> ", " + o).orElse("");
        out.printf(
            "%d. %s  [%s%s]%n", n, h.title(), where, h.published().map(d -> ", " + d).orElse(""));
        out.println("   " + mark(h, ansi));
      }
      if (hits.isEmpty()) {
        err.println("parallax: nothing matches '" + query.text() + "'");
      }
    }
    out.flush();
    return Main.OK;
  }

  /** The snippet with its matches marked: bold on a terminal, {@code [[ ]]} elsewhere. */
  static String mark(SearchHit h, boolean ansi) {
    String open = ansi ? "\u001b[1;33m" : "[[";
    String close = ansi ? "\u001b[0m" : "]]";
    StringBuilder b = new StringBuilder();
    int pos = 0;
    for (SearchHit.Span s : h.highlights()) {
      b.append(h.snippet(), pos, s.start())
          .append(open)
          .append(h.snippet(), s.start(), s.end())
          .append(close);
      pos = s.end();
    }
    return b.append(h.snippet().substring(pos)).toString().strip();
  }
}
