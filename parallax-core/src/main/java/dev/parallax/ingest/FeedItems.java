package dev.parallax.ingest;

import dev.parallax.model.Diagnostic;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Splits an RSS or Atom feed into its items as it is read, with StAX: what comes before the first
 * item (the feed's head: its title, link, and for RSS 1.0 its channel) is kept, and each item is
 * handed on as a small feed of that head and that item alone, which a feed parser reads as it reads
 * the whole. Holds the head and one item, never the feed; an item (or a head) over {@link
 * Inputs#MAX_BYTES} characters is reported {@code too-large} and passed over. No DTDs and no
 * external entities are read. Stateless and thread-safe.
 */
final class FeedItems {
  /** Receives one item as a feed of the head and that item. */
  @FunctionalInterface
  interface Handler {
    void item(String at, String oneItemFeed);
  }

  private static final Set<String> ROOTS = Set.of("rss", "feed", "RDF");
  private static final Set<String> ITEMS = Set.of("item", "entry");
  private static final XMLInputFactory IN = XMLInputFactory.newFactory();
  private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();
  private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

  static {
    IN.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    IN.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  private FeedItems() {}

  static void split(String source, InputStream in, Handler handler, ReadSink sink) {
    List<XMLEvent> head = new ArrayList<>();
    long headChars = 0;
    Deque<StartElement> open = new ArrayDeque<>();
    int itemDepth = -1;
    int items = 0;
    try {
      XMLEventReader r = IN.createXMLEventReader(in);
      int depth = 0;
      while (r.hasNext()) {
        XMLEvent e = r.nextEvent();
        if (e.getEventType() == XMLEvent.DTD) {
          sink.problem(
              new Diagnostic("bad-feed", source, "not a readable RSS or Atom feed: has a DOCTYPE"));
          return;
        }
        if (e.isStartElement()) {
          StartElement start = e.asStartElement();
          String name = start.getName().getLocalPart();
          depth++;
          if (depth == 1 && !ROOTS.contains(name)) {
            sink.problem(
                new Diagnostic(
                    "bad-feed",
                    source,
                    "not a readable RSS or Atom feed: its root is <" + name + ">"));
            return;
          }
          if (depth >= 2 && ITEMS.contains(name) && (itemDepth < 0 || depth == itemDepth)) {
            itemDepth = depth;
            items++;
            String at = source + "#" + items;
            List<XMLEvent> item = item(start, r);
            depth--;
            if (item == null) {
              sink.problem(
                  new Diagnostic(
                      "too-large",
                      at,
                      "feed item exceeds " + Inputs.MAX_BYTES + " characters; skipped"));
              continue;
            }
            handler.item(at, write(head, item, open));
            continue;
          }
          if (itemDepth < 0) {
            open.push(start);
          }
        } else if (e.isEndElement()) {
          depth--;
          if (itemDepth < 0) {
            open.pop();
          }
        }
        if (itemDepth < 0) {
          head.add(e);
          headChars += e.isCharacters() ? e.asCharacters().getData().length() : 16;
          if (headChars > Inputs.MAX_BYTES) {
            sink.problem(
                new Diagnostic(
                    "too-large",
                    source,
                    "the feed's head exceeds " + Inputs.MAX_BYTES + " characters"));
            return;
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      sink.problem(
          new Diagnostic(
              "bad-feed",
              source,
              (items == 0
                      ? "not a readable RSS or Atom feed: "
                      : "feed breaks off after item " + items + ": ")
                  + why.lines().findFirst().orElse("")));
      return;
    }
    if (items == 0) {
      sink.problem(new Diagnostic("empty", source, "feed has no items"));
    }
  }

  /** The events of the item that {@code start} opens, or null when it is over the cap. */
  private static List<XMLEvent> item(StartElement start, XMLEventReader r)
      throws XMLStreamException {
    List<XMLEvent> events = new ArrayList<>();
    events.add(start);
    long chars = 0;
    int depth = 1;
    while (depth > 0) {
      XMLEvent e = r.nextEvent();
      if (e.isStartElement()) {
        depth++;
      } else if (e.isEndElement()) {
        depth--;
      }
      if (events != null) {
        events.add(e);
        chars += e.isCharacters() ? e.asCharacters().getData().length() : 16;
        if (chars > Inputs.MAX_BYTES) {
          events = null; // read past the rest of it, holding nothing
        }
      }
    }
    return events;
  }

  /** The head, the item, and the head's open elements closed: a feed of one item. */
  private static String write(List<XMLEvent> head, List<XMLEvent> item, Deque<StartElement> open)
      throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLEventWriter w = OUT.createXMLEventWriter(out);
    for (XMLEvent e : head) {
      if (!e.isStartDocument()) {
        w.add(e);
      }
    }
    for (XMLEvent e : item) {
      w.add(e);
    }
    for (StartElement s : open) {
      w.add(EVENTS.createEndElement(s.getName(), null));
    }
    w.flush();
    w.close();
    return out.toString();
  }
}
