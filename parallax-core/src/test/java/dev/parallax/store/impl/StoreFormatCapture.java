package dev.parallax.store.impl;

import dev.parallax.model.SourceText;
import dev.parallax.store.EntityView;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.SearchHit;
import dev.parallax.store.SearchQuery;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StorySummary;
import dev.parallax.story.StoryGrouper;
import dev.parallax.story.StoryMergeTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Wrote the files in {@code src/test/resources/store-format} with the store code as it was before the
 * store was split into classes (run with the test classpath: {@code java ... StoreFormatCapture DIR}).
 * {@link StoreFormatTest} proves that later code reads them as that code did.
 */
public final class StoreFormatCapture {
  static final LocalDate DAY = StoryMergeTest.DAY;

  static SourceText text(String source, String outlet, String title, String body, LocalDate day) {
    return new SourceText(source, title + "\n\n" + body, Optional.ofNullable(outlet), Optional.empty(),
        Optional.of("https://example.org/" + source), Optional.of(day), Optional.of("Desk"));
  }

  static final List<List<SourceText>> BATCHES = List.of(
      List.of(text("first.txt", "Harbour Post", "alpha: crossings halted at Portmere",
          "Dockers at Portmere stopped work on Monday, said Ansel Kell of the dockers' union.", DAY)),
      List.of(text("second.txt", "Halvik Courier", "beta: walkout strands travellers",
          "Travellers waited for hours at Halvik as ferries stayed in port, Orsa Lindqvist said.", DAY),
          text("wire.txt", "Wire Daily", "alpha: crossings halted at Portmere",
          "Dockers at Portmere stopped work on Monday, said Ansel Kell of the dockers' union.", DAY)),
      List.of(text("third.txt", "Coastal Courier", "gamma: ferry strike spreads from Portmere to Halvik",
          "The strike by Portmere dockers led by Ansel Kell left ferries idle at Halvik, where Orsa Lindqvist "
              + "said travellers waited for hours.", DAY.plusDays(1)),
          text("museum.txt", "Valley Herald", "Museum reopens west wing",
          "The Orrin Valley museum reopened its west wing on Monday after a two-year restoration, curator Mira Holt said.",
          DAY.plusDays(9))));

  static final SourceText LATE = text("late.txt", "Harbour Post", "alpha: Portmere dockers return",
      "Dockers at Portmere stayed off work for a second day, Ansel Kell of the dockers' union said.", DAY.plusDays(2));

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    Path store = Files.createTempDirectory("capture-");
    try (LuceneStore s = LuceneStore.open(store, false, StoryMergeTest.VECTORS)) {
      for (List<SourceText> batch : BATCHES) {
        s.ingest(batch, new IngestOptions(Optional.empty(), Optional.empty(), 1), IngestProgress.NONE);
      }
    }
    zip(store, out.resolve("parallax-store-2.zip"));
    StringBuilder expected = new StringBuilder();
    try (LuceneStore s = LuceneStore.open(store, true, StoryMergeTest.VECTORS)) {
      expected.append(dump(s));
    }
    try (LuceneStore s = LuceneStore.open(store, false, StoryMergeTest.VECTORS)) {
      IngestResult r = s.ingest(List.of(LATE), IngestOptions.defaults(), IngestProgress.NONE);
      expected.append("== after ingesting late.txt\n");
      for (IngestResult.Filed f : r.filed()) {
        expected.append(f).append('\n');
      }
      expected.append(dump(s));
    }
    Files.writeString(out.resolve("parallax-store-2.expected.txt"), expected.toString());

    StoryRecord r = new StoryRecord("S3", 3, "gamma: ferry strike spreads from Portmere to Halvik");
    r.titles.addAll(List.of("gamma: ferry strike spreads from Portmere to Halvik", "Ferry strike ends"));
    r.lead = "The strike by Portmere dockers left ferries idle at Halvik.";
    r.outlets.addAll(List.of("Coastal Courier", "Harbour Post"));
    r.names.put("portmere", 3);
    r.names.put("ansel kell", 2);
    r.names.put("halvik", 1);
    r.articles = 4;
    r.copies = 1;
    r.first = DAY;
    r.last = DAY.plusDays(2);
    Files.write(out.resolve("story-record-without-state.bin"), r.encode());
    r.state = Optional.of(new StoryGrouper.StoryState("S3", 3, "gamma: ferry strike spreads from Portmere to Halvik",
        3, new float[] {0.25f, -1.5f, 3.0f}, Map.of("portmere", 2), Set.of("12", "40"), Set.of(DAY.plusDays(1)),
        Optional.of(DAY), Optional.of(DAY.plusDays(2)), Set.of("portmere", "kell", "halvik")));
    Files.write(out.resolve("story-record-with-state.bin"), r.encode());
    Files.write(out.resolve("df-counts.bin"), StoryRecord.encodeCounts(new LinkedHashMap<>(Map.of("portmere", 4))));
  }

  static String dump(LuceneStore s) {
    StringBuilder b = new StringBuilder();
    b.append("counts ").append(s.counts()).append('\n');
    for (StorySummary st : s.stories(StoryFilter.all())) {
      b.append("story ").append(st).append('\n');
      for (StoredArticle a : s.articles(st.id())) {
        SourceText in = a.input();
        b.append("  article ").append(a.id()).append(' ').append(a.storyId()).append(' ').append(a.copyOf())
            .append(" source=").append(in.source()).append(" outlet=").append(in.outlet()).append(" title=")
            .append(in.title()).append(" url=").append(in.url()).append(" published=").append(in.published())
            .append(" author=").append(in.author()).append(" removed=").append(in.removed()).append(" text=")
            .append(in.text().replace("\n", "|")).append('\n');
      }
    }
    b.append("story S2 ").append(s.story("S2")).append('\n');
    for (String q : List.of("Portmere", "museum", "\"ferries stayed\"", "title:strike")) {
      for (SearchHit h : s.search(SearchQuery.of(q))) {
        b.append("search ").append(q).append(' ').append(h.kind()).append(' ').append(h.id()).append(' ')
            .append(h.storyId()).append(' ').append(h.title()).append(' ').append(h.outlet()).append(' ')
            .append(h.published()).append(' ').append(h.snippet()).append(' ').append(h.highlights()).append('\n');
      }
    }
    for (String e : List.of("ansel-kell", "portmere", "nobody")) {
      Optional<EntityView> v = s.entity(e);
      b.append("entity ").append(e).append(' ').append(v).append('\n');
    }
    return b.toString();
  }

  static void zip(Path dir, Path zip) throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> !p.getFileName().toString().equals("write.lock")).sorted().forEach(files::add);
    }
    try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
      for (Path f : files) {
        z.putNextEntry(new ZipEntry(f.getFileName().toString()));
        z.write(Files.readAllBytes(f));
        z.closeEntry();
      }
    }
  }
}
