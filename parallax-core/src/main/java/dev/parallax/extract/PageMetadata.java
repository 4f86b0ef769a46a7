package dev.parallax.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.internal.DataFiles;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from a page, each field from the first source that has it, in the
 * order documented in {@code docs/extraction.md}. Stateless; thread-safe.
 */
final class PageMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = DataFiles.words("html.tsv", "article-type");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»)\\s+");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** The article node of the page's JSON-LD, or a missing node. */
  final JsonNode ld;

  private final Document doc;

  PageMetadata(Document doc) {
    this.doc = doc;
    this.ld = findArticleNode(doc);
  }

  Optional<String> title(Optional<String> siteName) {
    Optional<String> t =
        meta("og:title")
            .map(x -> withoutSite(x, siteName))
            .or(() -> text(ld.path("headline")))
            .or(() -> meta("twitter:title").map(x -> withoutSite(x, siteName)))
            .or(() -> documentTitle(siteName))
            .or(() -> firstText("h1"));
    return t.map(PageMetadata::squash);
  }

  Optional<String> siteName() {
    return meta("og:site_name")
        .or(() -> text(ld.path("publisher").path("name")))
        .or(() -> meta("application-name"))
        .map(PageMetadata::squash);
  }

  Optional<String> outlet(Optional<String> url) {
    return siteName().or(this::titleSuffix).or(() -> url.flatMap(PageMetadata::host));
  }

  Optional<LocalDate> published() {
    // each source in order; one whose value does not parse as a date gives way to the next
    List<java.util.function.Supplier<Optional<String>>> sources =
        List.of(
            () -> text(ld.path("datePublished")),
            () -> meta("article:published_time"),
            () -> meta("og:published_time"),
            () -> attr("[itemprop=datePublished]", "content"),
            () -> attr("[itemprop=datePublished]", "datetime"),
            () -> meta("date"),
            () -> meta("pubdate"),
            () -> text(ld.path("dateCreated")),
            () -> attr("time[datetime]", "datetime"));
    for (java.util.function.Supplier<Optional<String>> source : sources) {
      Optional<LocalDate> d = source.get().flatMap(PageMetadata::date);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  Optional<String> author() {
    Optional<String> fromLd = names(ld.path("author"));
    return fromLd
        .or(() -> meta("author"))
        .or(() -> meta("article:author").filter(a -> !a.startsWith("http")))
        .or(() -> firstText("[rel=author]"))
        .or(() -> firstText("[itemprop=author] [itemprop=name]"))
        .or(() -> firstText(".author.vcard .fn, .vcard.author .fn, .author.vcard"))
        .map(PageMetadata::squash);
  }

  Optional<String> url(Optional<String> base) {
    return attr("link[rel=canonical]", "abs:href")
        .or(() -> meta("og:url"))
        .or(() -> text(ld.path("url")))
        .or(() -> text(ld.path("mainEntityOfPage")))
        .or(() -> text(ld.path("mainEntityOfPage").path("@id")))
        .filter(u -> u.startsWith("http://") || u.startsWith("https://"))
        .or(() -> base);
  }

  Optional<String> articleBody() {
    return text(ld.path("articleBody"));
  }

  /**
   * A social-card title less a trailing or leading site name, when it is exactly the site's name.
   */
  private static String withoutSite(String title, Optional<String> siteName) {
    String t = squash(title);
    if (siteName.isEmpty()) {
      return t;
    }
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length > 1 && parts[parts.length - 1].equalsIgnoreCase(siteName.get())) {
      Matcher m = TITLE_SEPARATOR.matcher(t);
      int last = -1;
      while (m.find()) {
        last = m.start();
      }
      return t.substring(0, last).strip();
    }
    if (parts.length > 1 && parts[0].equalsIgnoreCase(siteName.get())) {
      Matcher m = TITLE_SEPARATOR.matcher(t);
      m.find();
      return t.substring(m.end()).strip();
    }
    return t;
  }

  /** The site name a document title ends with ("Headline | Site"), if it has one. */
  private Optional<String> titleSuffix() {
    String t = squash(doc.title());
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length > 1) {
      String last = parts[parts.length - 1];
      if (words(last) <= 4 && words(parts[0]) >= words(last)) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  private Optional<String> documentTitle(Optional<String> siteName) {
    String t = squash(doc.title());
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length > 1) {
      String last = parts[parts.length - 1];
      String first = parts[0];
      boolean lastIsSite =
          siteName.map(s -> s.equalsIgnoreCase(last)).orElse(false) || words(last) <= 4;
      if (lastIsSite && words(first) >= words(last)) {
        return Optional.of(
            t.substring(0, t.lastIndexOf(last))
                .replaceAll(TITLE_SEPARATOR.pattern() + "$", "")
                .strip());
      }
      boolean firstIsSite = siteName.map(s -> s.equalsIgnoreCase(first)).orElse(false);
      if (firstIsSite) {
        return Optional.of(t.substring(t.indexOf(parts[1])).strip());
      }
    }
    return Optional.of(t);
  }

  private Optional<String> meta(String name) {
    for (Element m : doc.select("meta[property=" + name + "], meta[name=" + name + "]")) {
      String c = m.attr("content").strip();
      if (!c.isEmpty()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private Optional<String> attr(String css, String attr) {
    for (Element e : doc.select(css)) {
      String v = e.attr(attr).strip();
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private Optional<String> firstText(String css) {
    for (Element e : doc.select(css)) {
      String v = squash(e.text());
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The date part of an ISO date or date-time, as written (not moved to another zone), or of an RFC
   * 1123 date-time ({@code Tue, 09 Sep 2026 11:42:00 GMT}).
   */
  static Optional<LocalDate> date(String value) {
    Matcher m = ISO_DATE.matcher(value.strip());
    if (!m.lookingAt()) {
      try {
        return Optional.of(
            java.time.ZonedDateTime.parse(
                    value.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toLocalDate());
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  static Optional<String> host(String url) {
    try {
      String h = URI.create(url).getHost();
      if (h == null || h.isBlank()) {
        return Optional.empty();
      }
      h = h.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode n) {
    if (n.isTextual() && !n.asText().isBlank()) {
      return Optional.of(n.asText().strip());
    }
    if (n.isArray() && n.size() > 0) {
      return text(n.get(0));
    }
    return Optional.empty();
  }

  /** Author names from a JSON-LD string, person object or array of them. */
  private static Optional<String> names(JsonNode n) {
    Set<String> out = new LinkedHashSet<>();
    List<JsonNode> items = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(items::add);
    } else if (!n.isMissingNode() && !n.isNull()) {
      items.add(n);
    }
    for (JsonNode item : items) {
      String name = item.isTextual() ? item.asText() : item.path("name").asText("");
      name = squash(name);
      if (!name.isEmpty() && !name.startsWith("http")) {
        out.add(name);
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", out));
  }

  private static JsonNode findArticleNode(Document doc) {
    JsonNode fallback = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (java.io.IOException e) {
        continue; // broken JSON-LD is common; the markup still has the article
      }
      if (root == null) {
        continue;
      }
      List<JsonNode> nodes = new ArrayList<>();
      collect(root, nodes, 0);
      for (JsonNode node : nodes) {
        if (isArticle(node)) {
          return node;
        }
      }
    }
    return fallback;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collect(c, out, depth + 1));
    } else if (n.isObject()) {
      out.add(n);
      if (n.has("@graph")) {
        collect(n.get("@graph"), out, depth + 1);
      }
      if (n.has("mainEntity")) {
        collect(n.get("mainEntity"), out, depth + 1);
      }
    }
  }

  private static boolean isArticle(JsonNode n) {
    JsonNode type = n.path("@type");
    List<String> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText(""));
    }
    for (String t : types) {
      if (ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static String squash(String s) {
    return s.replaceAll("[\\s\\u00a0\\u200b]+", " ").strip();
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
