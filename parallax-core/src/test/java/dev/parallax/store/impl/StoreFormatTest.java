package dev.parallax.store.impl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.EntityType;
import dev.parallax.store.EntityView;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.StorySummary;
import dev.parallax.story.GrouperCodec;
import dev.parallax.story.StoryGrouper;
import dev.parallax.story.StoryMergeTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores written by an earlier Parallax read as they did then: a whole {@code parallax.store/2}
 * store, and the binary fields of its documents byte for byte (files in {@code store-format}, see
 * its README).
 */
class StoreFormatTest {
  private static final String AFTER = "== after ingesting late.txt\n";

  @TempDir Path dir;

  static byte[] resource(String name) throws IOException {
    try (InputStream in = StoreFormatTest.class.getResourceAsStream("/store-format/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private void unzip(String name) throws IOException {
    try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(resource(name)))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        Files.write(dir.resolve(e.getName()), z.readAllBytes());
      }
    }
  }

  @Test
  void readsAndContinuesAStoreWrittenByTheEarlierCode() throws IOException {
    unzip("parallax-store-2.zip");
    String expected = new String(resource("parallax-store-2.expected.txt"), StandardCharsets.UTF_8);
    String before = expected.substring(0, expected.indexOf(AFTER));
    String after = expected.substring(expected.indexOf(AFTER) + AFTER.length());
    try (LuceneStore store =
        LuceneStore.open(dir, true, Pipeline::analyse, StoryMergeTest.VECTORS)) {
      assertThat(StoreFormatFixtures.dump(store)).isEqualTo(before);
    }
    try (LuceneStore store =
        LuceneStore.open(dir, false, Pipeline::analyse, StoryMergeTest.VECTORS)) {
      IngestResult r =
          store.ingest(
              List.of(StoreFormatFixtures.LATE), IngestOptions.defaults(), IngestProgress.NONE);
      StringBuilder got = new StringBuilder();
      r.filed().forEach(f -> got.append(f).append('\n'));
      got.append(StoreFormatFixtures.dump(store));
      assertThat(got.toString()).isEqualTo(after);
    }
  }

  @Test
  void articlesStoredBeforeExplanationsSaySoAndCanStillBeMoved() throws IOException {
    unzip("parallax-store-2.zip");
    try (LuceneStore store =
        LuceneStore.open(dir, false, Pipeline::analyse, StoryMergeTest.VECTORS)) {
      var e = store.explain("S2").orElseThrow();
      assertThat(e.storyId()).isEqualTo("S1");
      assertThat(e.corrections()).isEmpty();
      assertThat(e.articles())
          .extracting(a -> a.source() + " " + a.steps().stream().map(s -> s.describe()).toList())
          .containsExactly(
              "first.txt [filed into S1 before explanations were recorded]",
              "second.txt [filed into S2 before explanations were recorded,"
                  + " its story S2 was merged into S1 by the grouper]",
              "wire.txt [a copy of a19509e4890557f87 (same text), filed with it]",
              "third.txt [filed into S1 before explanations were recorded]");

      String moved = store.move("a93b3404e08d8c13d", java.util.Optional.empty()).into();
      assertThat(store.articles(moved))
          .extracting(a -> a.input().source())
          .containsExactly("second.txt");
      assertThat(store.explain(moved).orElseThrow().articles().get(0).steps())
          .extracting(s -> s.kind().code())
          .containsExactly("not-recorded", "merged-by-grouper", "moved-by-user");
      assertThat(store.story("S1").orElseThrow().articles()).isEqualTo(3);
    }
  }

  @Test
  void anEarlierStoreGainsResolvedEntitiesOnceAStorysReportIsComputed() throws IOException {
    unzip("parallax-store-2.zip");
    try (LuceneStore store =
        LuceneStore.open(dir, false, Pipeline::analyse, StoryMergeTest.VECTORS)) {
      assertThat(store.entity("Ansel Kell").orElseThrow().type()).isEmpty();
      assertThat(store.report("S1")).isPresent();
      EntityView kell = store.entity("Ansel Kell").orElseThrow();
      assertThat(kell.name()).isEqualTo("Ansel Kell");
      assertThat(kell.type()).hasValue(EntityType.PERSON);
      assertThat(kell.stories()).extracting(StorySummary::id).containsExactly("S1");
    }
  }

  @Test
  void aReportCachedWithoutEntityDocumentsGetsThemWhenAWriterReadsIt() throws IOException {
    unzip("parallax-store-2.zip");
    try (LuceneStore store =
        LuceneStore.open(dir, false, Pipeline::analyse, StoryMergeTest.VECTORS)) {
      assertThat(store.report("S1")).isPresent();
    }
    // as an earlier Parallax left it: the report cached, no entity documents
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
      w.deleteDocuments(new Term(Documents.TYPE, Documents.ENTITY));
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    try (LuceneStore store =
        LuceneStore.open(dir, false, Pipeline::analyse, StoryMergeTest.VECTORS)) {
      assertThat(store.reportCached("S1")).isTrue();
      assertThat(store.entity("Ansel Kell").orElseThrow().type()).isEmpty();
      store.report("S1");
      assertThat(store.entity("Ansel Kell").orElseThrow().type()).hasValue(EntityType.PERSON);
    }
  }

  @Test
  void storyRecordsDecodeAndEncodeToTheSameBytes() throws IOException {
    byte[] without = resource("story-record-without-state.bin");
    StoryRecord r = StoryRecord.decode(without);
    assertThat(r.id).isEqualTo("S3");
    assertThat(r.seq).isEqualTo(3);
    assertThat(r.titles)
        .containsExactly(
            "gamma: ferry strike spreads from Portmere to Halvik", "Ferry strike ends");
    assertThat(r.outlets).containsExactly("Coastal Courier", "Harbour Post");
    assertThat(r.names)
        .containsExactlyInAnyOrderEntriesOf(Map.of("portmere", 3, "ansel kell", 2, "halvik", 1));
    assertThat(r.articles).isEqualTo(4);
    assertThat(r.copies).isEqualTo(1);
    assertThat(r.first).isEqualTo(StoreFormatFixtures.DAY);
    assertThat(r.last).isEqualTo(StoreFormatFixtures.DAY.plusDays(2));
    assertThat(r.state).isEmpty();

    byte[] with = resource("story-record-with-state.bin");
    StoryRecord s = StoryRecord.decode(with);
    byte[] state = resource("story-state.bin");
    assertThat(s.state).hasValueSatisfying(b -> assertThat(b).isEqualTo(state));
    assertThat(s.summary()).isEqualTo(r.summary());
    // encoding again what was read gives the bytes back: names keep their stored order
    StoryRecord ordered = StoryRecord.decode(with);
    ordered.names.clear();
    ordered.names.put("portmere", 3);
    ordered.names.put("ansel kell", 2);
    ordered.names.put("halvik", 1);
    assertThat(ordered.encode()).isEqualTo(with);
    ordered.state = java.util.Optional.empty();
    assertThat(ordered.encode()).isEqualTo(without);
  }

  @Test
  void theGroupersStateOfTheFirstFormatRestoresAndSavesInTheCurrentOne() throws IOException {
    byte[] state = resource("story-state.bin");
    StoryGrouper g = StoryGrouper.with(StoryMergeTest.VECTORS, StoryGrouper.Settings.defaults());
    GrouperCodec.restoreStory(g, state);
    assertThat(g.holds("S3")).isTrue();
    // a state of the first format is saved again in the current one, field for field
    byte[] current = GrouperCodec.encodeStory(g, "S3").orElseThrow();
    StoryGrouper again =
        StoryGrouper.with(StoryMergeTest.VECTORS, StoryGrouper.Settings.defaults());
    GrouperCodec.restoreStory(again, current);
    assertThat(GrouperCodec.encodeStory(again, "S3"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(current));
  }

  @Test
  void documentFrequencyCountsDecodeAndEncodeToTheSameBytes() throws IOException {
    byte[] df = resource("df-counts.bin");
    assertThat(Documents.decodeCounts(df)).containsExactlyEntriesOf(Map.of("portmere", 4));
    assertThat(Documents.encodeCounts(Documents.decodeCounts(df))).isEqualTo(df);
  }
}
