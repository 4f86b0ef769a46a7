package dev.parallax.server;

import dev.parallax.ingest.Inputs;
import dev.parallax.model.Report;
import dev.parallax.report.ReportView;
import dev.parallax.store.EntityView;
import dev.parallax.store.SearchHit;
import dev.parallax.store.Store;
import dev.parallax.store.StoryExplanation;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StoryPage;
import dev.parallax.store.StorySummary;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The web pages: the story list, search, a story's report, a name's stories, the compare form and
 * its report, and the pages' style sheet and script. Each handler reads its request into store or
 * pipeline calls and renders a template ({@link Pages}). Thread-safe.
 */
final class PageRoutes {
  private static final Map<String, Asset> ASSETS =
      Map.of(
          "app.css", asset("app.css", "text/css; charset=utf-8"),
          "app.js", asset("app.js", "text/javascript; charset=utf-8"));

  private final Store store;
  private final Pages pages;
  private final RenderCache cache;
  private final Comparisons comparisons;
  private final Inputs.Options reading;
  private final Duration analysisWait;

  /**
   * @param analysisWait how long a story page waits for an analysis not cached yet before it
   *     answers 202 with a page that says it is under way
   */
  PageRoutes(
      Store store,
      Pages pages,
      RenderCache cache,
      Comparisons comparisons,
      Inputs.Options reading,
      Duration analysisWait) {
    this.store = store;
    this.pages = pages;
    this.cache = cache;
    this.comparisons = comparisons;
    this.reading = reading;
    this.analysisWait = analysisWait;
  }

  List<Server.Route> routes() {
    return List.of(
        new Server.Route(HandlerType.GET, "/", this::indexPage),
        new Server.Route(HandlerType.GET, "/search", this::searchPage),
        new Server.Route(HandlerType.GET, "/stories/{id}", this::storyPage),
        new Server.Route(HandlerType.GET, "/entities/{id}", this::entityPage),
        new Server.Route(HandlerType.GET, "/compare", ctx -> Answers.html(ctx, compareForm(""))),
        new Server.Route(HandlerType.POST, "/compare", this::comparePage),
        new Server.Route(HandlerType.GET, "/static/{file}", PageRoutes::asset));
  }

  /**
   * A report's page: for a stored story under its title and with its names, else (a one-off
   * comparison) under its first article's title.
   */
  static String story(Pages pages, Report report, Optional<StorySummary> stored) {
    return story(pages, report, stored, Optional.empty());
  }

  /** A stored story's page, with why each article is in it and the forms that correct it. */
  static String story(
      Pages pages,
      Report report,
      Optional<StorySummary> stored,
      Optional<StoryExplanation> explanation) {
    ReportView shown = ReportView.of(report);
    StoryView view = StoryView.of(shown, stored.map(StorySummary::title).orElse(shown.title()));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", view.title());
    model.put("story", view);
    model.put("stored", stored.isPresent());
    model.put("storyId", stored.map(StorySummary::id).orElse(""));
    model.put(
        "names",
        stored.map(StorySummary::names).orElse(List.of()).stream()
            .limit(12)
            .map(n -> new Name(EntityView.idOf(n), n))
            .toList());
    model.put(
        "explained", explanation.map(CorrectionRoutes.ExplainedArticle::of).orElse(List.of()));
    model.put(
        "corrections",
        explanation
            .map(e -> e.corrections().stream().map(c -> c.describe()).toList())
            .orElse(List.of()));
    return pages.render("story", model);
  }

  private void indexPage(Context ctx) {
    StoryFilter filter = Queries.filter(ctx);
    StoryPage page = store.storyPage(filter);
    List<StorySummary> stories = page.stories();
    int maxOutlets = stories.stream().mapToInt(s -> s.outlets().size()).max().orElse(1);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", "Stories");
    model.put(
        "stories", stories.stream().map(st -> StoryRow.of(st, Math.max(1, maxOutlets))).toList());
    model.put("since", Optional.ofNullable(ctx.queryParam("since")).orElse(""));
    model.put("outlet", filter.outlet().orElse(""));
    model.put("entity", filter.entity().orElse(""));
    model.put("minOutlets", filter.minOutlets());
    model.put("counts", store.counts());
    model.put("next", page.next().map(c -> nextPage(ctx, c)).orElse(""));
    Answers.html(ctx, pages.render("index", model));
  }

  /** This list's address with the same filters, from after {@code cursor}. */
  private static String nextPage(Context ctx, String cursor) {
    StringBuilder url = new StringBuilder("/?");
    for (String name : List.of("since", "outlet", "entity", "min-outlets", "limit")) {
      Queries.text(ctx, name)
          .ifPresent(
              v ->
                  url.append(name)
                      .append('=')
                      .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                      .append('&'));
    }
    return url.append("after=").append(cursor).toString();
  }

  private void searchPage(Context ctx) {
    Optional<String> q = Queries.text(ctx, "q");
    List<SearchView> hits =
        q.isEmpty()
            ? List.of()
            : store.search(Queries.search(ctx)).stream().map(SearchView::of).toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", q.map(s -> "Search: " + s).orElse("Search"));
    model.put("q", q.orElse(""));
    model.put("hits", hits);
    model.put("since", Optional.ofNullable(ctx.queryParam("since")).orElse(""));
    model.put("until", Optional.ofNullable(ctx.queryParam("until")).orElse(""));
    model.put("outlet", Queries.text(ctx, "outlet").orElse(""));
    model.put("entity", Queries.text(ctx, "entity").orElse(""));
    Answers.html(ctx, pages.render("search", model));
  }

  /**
   * A story's page: at once when its analysis is cached; otherwise the analysis runs in the
   * background (once, however many ask) and the page waits for it, then answers 202 with a page
   * saying it is under way, which reloads itself.
   */
  private void storyPage(Context ctx) {
    String id = ctx.pathParam("id");
    RenderCache.Rendered recent = cache.recent(id);
    if (recent != null) {
      Answers.html(ctx, recent.html());
      return;
    }
    StorySummary summary = cache.story(id);
    Optional<RenderCache.Rendered> rendered = cache.await(summary, analysisWait);
    if (rendered.isPresent()) {
      Answers.html(ctx, rendered.get().html());
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", summary.title());
    model.put("articles", summary.articles() - summary.copies());
    model.put("outlets", summary.outlets());
    ctx.status(202).header("Retry-After", "3");
    Answers.html(ctx, pages.render("analysing", model));
  }

  private void entityPage(Context ctx) {
    EntityView e = ApiRoutes.findEntity(store, ctx.pathParam("id"));
    Answers.html(ctx, pages.render("entity", Map.of("title", e.name(), "entity", e)));
  }

  private String compareForm(String error) {
    return pages.render("compare", Map.of("title", "Compare articles", "error", error));
  }

  private void comparePage(Context ctx) throws InterruptedException {
    Requests.Read read;
    try {
      read = Requests.read(ctx, reading);
    } catch (Problem p) {
      if (p.status != 400) {
        throw p;
      }
      ctx.status(400);
      Answers.html(ctx, compareForm(p.title()));
      return;
    }
    Answers.html(ctx, story(pages, comparisons.analyse(read), Optional.empty()));
  }

  /** The pages' style sheet and script, read once, served with their exact types and an ETag. */
  private record Asset(byte[] bytes, String type, String etag) {}

  private static Asset asset(String name, String type) {
    try (InputStream in = PageRoutes.class.getResourceAsStream("static/" + name)) {
      byte[] bytes = Objects.requireNonNull(in, "static/" + name).readAllBytes();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(bytes, type, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void asset(Context ctx) {
    Asset a = ASSETS.get(ctx.pathParam("file"));
    if (a == null) {
      throw Problem.notFound("file '" + ctx.pathParam("file") + "'");
    }
    ctx.header("ETag", a.etag()).header("Cache-Control", "no-cache");
    if (a.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(a.type()).result(a.bytes());
  }

  /** A search hit split into plain and highlighted runs for the template. */
  public record SearchView(SearchHit hit, List<StoryView.Segment> snippet) {
    static SearchView of(SearchHit h) {
      List<StoryView.Segment> out = new ArrayList<>();
      String s = h.snippet();
      int at = 0;
      for (SearchHit.Span span : h.highlights()) {
        int start = Math.min(Math.max(span.start(), at), s.length());
        int end = Math.min(span.end(), s.length());
        if (start > at) {
          out.add(new StoryView.Segment(s.substring(at, start), "", ""));
        }
        if (end > start) {
          out.add(new StoryView.Segment(s.substring(start, end), "hit", ""));
        }
        at = Math.max(at, end);
      }
      if (at < s.length()) {
        out.add(new StoryView.Segment(s.substring(at), "", ""));
      }
      return new SearchView(h, out);
    }

    public String kind() {
      return hit.kind().name().toLowerCase(Locale.ROOT);
    }

    public String outlet() {
      return hit.outlet().orElse("");
    }

    public String published() {
      return hit.published().map(Object::toString).orElse("");
    }
  }

  /**
   * A story as the list shows it; {@code bar} is its outlets' share of the most any listed story
   * has, 0..100.
   */
  public record StoryRow(
      String id,
      String title,
      String first,
      String last,
      boolean undated,
      int articles,
      int copies,
      List<String> outlets,
      List<Name> names,
      int bar) {
    static StoryRow of(StorySummary s, int maxOutlets) {
      List<Name> names =
          s.names().stream().limit(6).map(n -> new Name(EntityView.idOf(n), n)).toList();
      return new StoryRow(
          s.id(),
          s.title(),
          s.first().map(Object::toString).orElse(""),
          s.last().map(Object::toString).orElse(""),
          s.undated(),
          s.articles(),
          s.copies(),
          s.outlets(),
          names,
          (int) Math.round(100.0 * s.outlets().size() / maxOutlets));
    }
  }

  /** A name and the id of its entity page. */
  public record Name(String id, String name) {}
}
