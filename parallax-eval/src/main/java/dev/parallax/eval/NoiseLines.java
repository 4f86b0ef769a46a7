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
    "Ad",
    "Advertisement:",
    "- Advertisement -",
    "Sponsored content",
    "Partner content",
    "Story continues after advertisement",
    "ADVERTISING",
    "Continue reading after the ad"
  };
  private static final String[] PHOTOGRAPHERS = {
    "Jane Whitfield",
    "Marco Bellini",
    "Ayesha Rahman",
    "Tom O'Neill",
    "Lucía Ferrer",
    "Kenji Sato",
    "Priya Natarajan",
    "Olu Adeyemi",
    "Grzegorz Nowak"
  };
  private static final String[] AGENCIES = {
    "Getty Images",
    "AP",
    "Reuters",
    "AFP via Getty Images",
    "EPA",
    "Shutterstock",
    "Bloomberg",
    "Xinhua",
    "Anadolu Agency",
    "AP Photo",
    "NurPhoto via Getty Images"
  };
  private static final String[] CREDIT_FORMS = {
    "Photo: %s/%s",
    "(Photo by %s/%s)",
    "Image: %s / %s",
    "Photograph: %s/%s",
    "Credit: %s/%s",
    "%s/%s",
    "Photo credit: %s/%s",
    "(Image: %s / %s)",
    "Picture: %s/%s",
    "Photograph by %s/%s",
    "Image credit: %s | %s",
    "(%s/%s)"
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
    "Related coverage",
    "Related:",
    "More on this story",
    "Further reading",
    "Most read",
    "Don't miss",
    "Also read",
    "Related content",
    "Trending now",
    "Read more:",
    "See also",
    "Top stories",
    "Popular now",
    "Recommended for you",
    "More coverage"
  };
  private static final String[] HEADLINES = {
    "City council delays vote on new budget",
    "Five things to know before the markets open",
    "Storm leaves thousands without power across the region",
    "Inside the race to replace the outgoing mayor",
    "What the latest jobs report means for you",
    "Court hears arguments in long-running land dispute",
    "Why commuters are angry about the new timetable",
    "Hospital waiting lists reach another record",
    "The quiet comeback of the neighbourhood bookshop",
    "Lawmakers clash over school funding plan",
    "Rail strike talks resume after weekend standoff",
    "Ten photos from the harvest festival",
    "Retailers brace for a quiet holiday season",
    "New bridge opens to traffic two years late",
    "How the drought is changing local farming"
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
    "Share on LinkedIn",
    "Share on X",
    "Share this:",
    "Email this article",
    "Print this page",
    "Share on Reddit",
    "Copy article link",
    "Share via Email",
    "Follow us on Instagram",
    "Share this page",
    "Tweet this"
  };
  private static final String[] NEWSLETTERS = {
    "Sign up for our daily newsletter",
    "Get the morning briefing in your inbox",
    "Subscribe to our politics newsletter",
    "Sign up for free to get the top stories delivered to your inbox",
    "Want more? Subscribe to our weekly newsletter",
    "Enter your email address to subscribe",
    "Get our free newsletter",
    "Sign up to receive breaking news alerts",
    "Subscribe now for unlimited access",
    "Don't miss a story: sign up for our newsletter",
    "Never miss a story: subscribe today",
    "Get the best of our journalism in your inbox every weekday"
  };
  private static final String[] COMMENTS = {
    "%d comments",
    "Comments (%d)",
    "View %d comments",
    "Show comments",
    "Leave a comment",
    "Join the conversation",
    "Be the first to comment",
    "Load comments",
    "%d Comments",
    "Read %d comments",
    "Add a comment",
    "Post a comment",
    "Show %d comments",
    "See all comments",
    "Hide comments"
  };
  private static final String[] OUTLETS = {
    "The Daily Ledger", "Northside Post", "Harbor Times", "Metro Wire"
  };
  private static final String[] SYNDICATIONS = {
    "The post %s appeared first on %s.",
    "This article was originally published on %s.",
    "This story first appeared in %s.",
    "The article was first published by %s.",
    "This article originally appeared on %s.",
    "This story was originally published by %s.",
    "This post first appeared on %s."
  };
  private static final String[] COPYRIGHTS = {
    "© %d %s. All rights reserved.",
    "Copyright %d %s",
    "(c) %d %s",
    "Copyright © %d %s. All Rights Reserved.",
    "© %s %d",
    "Copyright © %d %s, Inc. All rights reserved.",
    "© Copyright %d %s",
    "All rights reserved. © %d %s"
  };
  private static final String[] TOPICS = {
    "Brexit",
    "Climate",
    "Ukraine",
    "Elections",
    "Housing",
    "Health",
    "Transport",
    "Education",
    "Energy"
  };
  private static final String[] TEASER_TAILS = {
    " talks stall again as deadline nears",
    " plan faces fresh criticism from experts",
    " spending to rise next year, officials say",
    " debate returns to parliament this week",
    " costs climb for a third year running",
    " reform stalls in the upper house"
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
