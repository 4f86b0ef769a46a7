package dev.parallax.cli;

import dev.parallax.store.Store;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StoryPage;
import dev.parallax.store.StorySummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax stories}: lists the store's stories, newest first. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Lists the stories in the store, newest first.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stories listed (perhaps none)",
      "1:internal error",
      "2:bad usage",
      "5:the store could not be opened"
    })
final class StoriesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only stories with an article on or after this day.")
  String since;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only stories naming this.")
  String entity;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Only stories with an article from this outlet.")
  String outlet;

  @Option(
      names = "--min-outlets",
      paramLabel = "N",
      defaultValue = "0",
      description = "Only stories with at least N independent outlets.")
  int minOutlets;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most N stories: one page (default: 50).")
  int limit;

  @Option(
      names = "--after",
      paramLabel = "CURSOR",
      description =
          "The page after the one that ended at CURSOR (printed after a full page as 'next page: --after CURSOR', and as \"next\" in json).")
  String after;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Args.textOrJson(spec.commandLine(), format);
    Args.atLeast(spec.commandLine(), "--min-outlets", minOutlets, 0);
    Args.atLeast(spec.commandLine(), "--limit", limit, 1);
    StoryFilter filter;
    try {
      filter =
          new StoryFilter(
              StoreOption.date(spec.commandLine(), "--since", since),
              Optional.ofNullable(entity),
              Optional.ofNullable(outlet),
              minOutlets,
              limit,
              Optional.ofNullable(after).map(String::strip));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
    Optional<Store> opened = store.openReadOnly(err);
    if (opened.isEmpty()) {
      return Main.STORE;
    }
    StoryPage page;
    try (Store s = opened.get()) {
      page = s.storyPage(filter);
    }
    List<StorySummary> stories = page.stories();
    if (format.equals("json")) {
      List<Object> list = new ArrayList<>();
      for (StorySummary st : stories) {
        list.add(json(st));
      }
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("stories", list);
      answer.put("next", page.next().orElse(null));
      Args.printJson(out, answer);
    } else {
      for (StorySummary st : stories) {
        out.printf(
            "%-6s %s  %d articles, %d outlets%s  %s%n",
            st.id(),
            dates(st),
            st.articles(),
            st.outlets().size(),
            st.copies() > 0 ? " (+" + st.copies() + " copies)" : "",
            st.title());
      }
      page.next().ifPresent(c -> err.println("parallax: next page: --after " + c));
    }
    out.flush();
    return Main.OK;
  }

  static String dates(StorySummary st) {
    String first = st.first().map(Object::toString).orElse("?");
    String last = st.last().map(Object::toString).orElse("?");
    if (st.undated()) {
      // the days its articles were filed on: none has a date of its own
      return (first.equals(last) ? first : first + ".." + last.substring(5)) + " undated";
    }
    return first.equals(last) ? first + "           " : first + ".." + last.substring(5);
  }

  static Map<String, Object> json(StorySummary st) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", st.id());
    m.put("title", st.title());
    m.put("first", st.first().map(Object::toString).orElse(null));
    m.put("last", st.last().map(Object::toString).orElse(null));
    if (st.undated()) {
      m.put("undated", true);
    }
    m.put("articles", st.articles());
    m.put("copies", st.copies());
    m.put("outlets", st.outlets());
    m.put("names", st.names());
    return m;
  }
}
