package dev.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lines of scraping noise of the kinds the cleaner removes (ad markers, photo credits, related-link
 * blocks, share and newsletter prompts, comment counters, syndication footers, copyright lines,
 * topic-tag teasers), each drawn from several wordings written for this harness, not from the
 * cleaner's own patterns or tests. Seeded: the same seed gives the same lines.
 */
final class NoiseLines {
  /** The kinds of noise, in the order the README of the corpora lists them. */
  enum Kind {
    AD,
    CREDIT,
    RELATED,
    SHARE,
    NEWSLETTER,
    COMMENTS,
    SYNDICATION,
    COPYRIGHT,
    TOPIC_TEASER
  }

  /** One inserted piece: its kind and its lines (a related-link block has several). */
  record Piece(Kind kind, List<String> lines) {}

  private static final String[] ADS = {
    "Advertisement",
    "ADVERTISEMENT",
    "Sponsored",
    "Story continues below advertisement",
    "Article continues below advertisement",
    "Continue reading below",
    "Advertisement - scroll to continue with content",
    "Paid content",
    "Promoted",
    "Ad"
  };
  private static final String[] PHOTOGRAPHERS = {
    "Jane Whitfield", "Marco Bellini", "Ayesha Rahman", "Tom O'Neill", "Lucía Ferrer", "Kenji Sato"
  };
  private static final String[] AGENCIES = {
    "Getty Images", "AP", "Reuters", "AFP via Getty Images", "EPA", "Shutterstock"
  };
  private static final String[] CREDIT_FORMS = {
    "Photo: %s/%s",
    "(Photo by %s/%s)",
    "Image: %s / %s",
    "Photograph: %s/%s",
    "Credit: %s/%s",
    "%s/%s"
  };
  private static final String[] RELATED_HEADERS = {
    "Related",
    "Related stories",
    "Related articles",
    "Read more",
    "More stories",
    "You may also like",
    "Recommended",
    "More from this section",
    "Read next",
    "Related coverage"
  };
  private static final String[] HEADLINES = {
    "City council delays vote on new budget", "Five things to know before the markets open",
    "Storm leaves thousands without power across the region",
        "Inside the race to replace the outgoing mayor",
    "What the latest jobs report means for you",
        "Court hears arguments in long-running land dispute",
    "Why commuters are angry about the new timetable",
        "Hospital waiting lists reach another record",
    "The quiet comeback of the neighbourhood bookshop", "Lawmakers clash over school funding plan"
  };
  private static final String[] SHARES = {
    "Share this article",
    "Share on Facebook",
    "Share",
    "Tweet",
    "Email",
    "Print",
    "Copy link",
    "Share this story",
    "Follow us on Twitter",
    "Share via WhatsApp",
    "Save",
    "Share on LinkedIn"
  };
  private static final String[] NEWSLETTERS = {
    "Sign up for our daily newsletter", "Get the morning briefing in your inbox",
    "Subscribe to our politics newsletter",
        "Sign up for free to get the top stories delivered to your inbox",
    "Want more? Subscribe to our weekly newsletter", "Enter your email address to subscribe"
  };
  private static final String[] COMMENTS = {
    "%d comments",
    "Comments (%d)",
    "View %d comments",
    "Show comments",
    "Leave a comment",
    "Join the conversation",
    "Be the first to comment",
    "Load comments"
  };
  private static final String[] OUTLETS = {
    "The Daily Ledger", "Northside Post", "Harbor Times", "Metro Wire"
  };
  private static final String[] SYNDICATIONS = {
    "The post %s appeared first on %s.", "This article was originally published on %s.",
    "This story first appeared in %s.", "The article was first published by %s."
  };
  private static final String[] COPYRIGHTS = {
    "© %d %s. All rights reserved.",
    "Copyright %d %s",
    "(c) %d %s",
    "Copyright © %d %s. All Rights Reserved.",
    "© %s %d"
  };
  private static final String[] TOPICS = {
    "Brexit", "Climate", "Ukraine", "Elections", "Housing", "Health"
  };
  private static final String[] TEASER_TAILS = {
    " talks stall again as deadline nears", " plan faces fresh criticism from experts",
    " spending to rise next year, officials say", " debate returns to parliament this week"
  };

  private final Random random;

  NoiseLines(long seed) {
    this.random = new Random(seed);
  }

  Piece next() {
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    return of(kind);
  }

  Piece of(Kind kind) {
    List<String> lines = new ArrayList<>();
    switch (kind) {
      case AD -> lines.add(pick(ADS));
      case CREDIT -> {
        String form = pick(CREDIT_FORMS);
        lines.add(String.format(form, pick(PHOTOGRAPHERS), pick(AGENCIES)));
      }
      case RELATED -> {
        lines.add(pick(RELATED_HEADERS));
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          lines.add(pick(HEADLINES));
        }
      }
      case SHARE -> lines.add(pick(SHARES));
      case NEWSLETTER -> lines.add(pick(NEWSLETTERS));
      case COMMENTS -> lines.add(String.format(pick(COMMENTS), 1 + random.nextInt(400)));
      case SYNDICATION -> {
        String form = pick(SYNDICATIONS);
        lines.add(
            form.startsWith("The post ")
                ? String.format(form, pick(HEADLINES), pick(OUTLETS))
                : String.format(form, pick(OUTLETS)));
      }
      case COPYRIGHT -> {
        String form = pick(COPYRIGHTS);
        int year = 2010 + random.nextInt(16);
        lines.add(
            form.startsWith("© %s")
                ? String.format(form, pick(OUTLETS), year)
                : String.format(form, year, pick(OUTLETS)));
      }
      case TOPIC_TEASER -> {
        String topic = pick(TOPICS);
        lines.add(topic + " " + topic + pick(TEASER_TAILS));
      }
    }
    return new Piece(kind, lines);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
