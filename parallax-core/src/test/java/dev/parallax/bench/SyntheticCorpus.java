package dev.parallax.bench;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A seeded stream of fictional news: many stories, each an event of one of a dozen kinds with its
 * own invented people, places, organisations, numbers and day, reported by two to six outlets
 * within two days, each article recombining the kind's sentences around the story's facts. Stories
 * start at a steady rate over the years, so at any time only the last few days' stories are open.
 * Articles arrive in publication order. Not thread-safe.
 */
public final class SyntheticCorpus {
  /** One generated article and the story it belongs to. */
  public record Item(SourceText text, String story) {}

  private static final String[] OUTLETS = {
    "Astoria Tribune", "Kessling Gazette", "Marrow Bay Observer", "Daily Meridian",
        "Northport Herald",
    "Coastal Courier", "Continental Wire", "Veldran Post", "Harbour Ledger", "Evening Lantern",
    "Upland Chronicle", "Riverside Dispatch"
  };

  private record Kind(String[] titles, String[] leads, String[] body) {}

  private static final Kind[] KINDS = {
    kind(
        new String[] {
          "{N1} dead as earthquake strikes {PL}", "Quake of magnitude {M} hits {PL}, killing {N1}"
        },
        new String[] {
          "An earthquake of magnitude {M} struck {PL} on {DAY}, killing {N1} people and damaging {N2} buildings, officials said.",
          "At least {N1} people died when a magnitude {M} quake hit {PL} on {DAY}, the {ORG} said."
        },
        new String[] {
          "Rescuers led by {P1} searched the rubble through the night.",
          "The {ORG} said {N2} buildings were inspected.",
          "{P2}, who lives near the centre of {PL}, said the shaking lasted a minute.",
          "Aftershocks continued into the morning, {P1} said.",
          "Schools in {PL} will stay closed while engineers check them.",
          "The government released {N3} million for repairs."
        }),
    kind(
        new String[] {
          "Fire destroys warehouse in {PL}", "{N1} injured as blaze tears through {PL} depot"
        },
        new String[] {
          "A fire destroyed a warehouse of {ORG} in {PL} on {DAY}, injuring {N1} workers, the fire service said.",
          "Firefighters fought for {N2} hours to contain a blaze at a {ORG} depot in {PL} on {DAY}."
        },
        new String[] {
          "Fire chief {P1} said the cause was not yet known.",
          "{N3} firefighters were sent to the scene.",
          "{P2}, a driver at the depot, said the smoke could be seen across {PL}.",
          "The {ORG} said the stock was insured.",
          "Residents were told to keep windows closed, {P1} said.",
          "Police opened an investigation on {DAY}."
        }),
    kind(
        new String[] {
          "{P1} found guilty in {PL} fraud trial", "Jury convicts {P1} of fraud at {ORG}"
        },
        new String[] {
          "A jury in {PL} found {P1} guilty on {DAY} of defrauding {ORG} of {N3} million.",
          "{P1}, the former finance chief of {ORG}, was convicted of fraud by a court in {PL} on {DAY}."
        },
        new String[] {
          "Judge {P2} set sentencing for next month.",
          "Prosecutors said {N1} payments were hidden over {N2} years.",
          "{P1} denied wrongdoing throughout the trial.",
          "The {ORG} said it welcomed the verdict.",
          "Lawyers for {P1} said they would appeal.",
          "The trial in {PL} lasted {N2} weeks."
        }),
    kind(
        new String[] {"{P1} wins {PL} mayoral election", "{PL} elects {P1} as mayor"},
        new String[] {
          "{P1} won the mayoral election in {PL} on {DAY} with {N1} percent of the vote, the {ORG} said.",
          "Voters in {PL} chose {P1} as mayor on {DAY}, ending {N2} years of rule by {P2}."
        },
        new String[] {
          "Turnout was {N3} percent, according to the {ORG}.",
          "{P2} conceded defeat late in the evening.",
          "{P1} promised to build {N2} new schools.",
          "Supporters gathered in the main square of {PL}.",
          "The {ORG} will certify the result next week.",
          "{P1} thanked volunteers in a speech."
        }),
    kind(
        new String[] {"Workers at {ORG} strike over pay", "{N1} staff walk out at {ORG} in {PL}"},
        new String[] {
          "About {N1} workers at {ORG} in {PL} went on strike on {DAY} over pay, their union said.",
          "Staff at the {PL} plant of {ORG} walked out on {DAY}, demanding a raise of {N2} percent."
        },
        new String[] {
          "Union leader {P1} said talks had failed.",
          "{ORG} chief {P2} called the strike regrettable.",
          "Production in {PL} stopped for the day.",
          "The union wants a raise of {N2} percent; {ORG} offered {N3}.",
          "{P1} said the strike could last a week.",
          "Pickets gathered at the gates before dawn."
        }),
    kind(
        new String[] {
          "Storm cuts power to {N1} homes in {PL}",
          "Gales batter {PL}, leaving thousands without power"
        },
        new String[] {
          "A storm cut power to {N1} homes in {PL} on {DAY}, the {ORG} said, with winds of {N2} km/h.",
          "Winds of up to {N2} km/h swept {PL} on {DAY}, bringing down trees and power lines."
        },
        new String[] {
          "Crews of the {ORG} worked through the night, {P1} said.",
          "{N3} flights were cancelled.",
          "{P2}, a farmer near {PL}, lost part of a barn roof.",
          "Power should return by the weekend, the {ORG} said.",
          "Schools in {PL} closed for the day.",
          "Forecasters expect calmer weather from {DAY}."
        }),
    kind(
        new String[] {
          "Paintings stolen from {PL} museum", "Thieves take {N1} works from {ORG} gallery"
        },
        new String[] {
          "Thieves stole {N1} paintings from the {ORG} museum in {PL} on {DAY}, police said.",
          "Police in {PL} are hunting thieves who took {N1} works worth {N3} million from the {ORG} on {DAY}."
        },
        new String[] {
          "Curator {P1} said the alarm sounded at night.",
          "Detective {P2} asked witnesses to come forward.",
          "The stolen works include a portrait by the painter {P3}.",
          "The {ORG} will stay closed for {N2} days.",
          "Police found a van abandoned outside {PL}.",
          "Insurers offered a reward for information."
        }),
    kind(
        new String[] {"{P1} resigns as {ORG} chief", "{ORG} head {P1} quits after {N2} years"},
        new String[] {
          "{P1} resigned as chief executive of {ORG} on {DAY} after {N2} years, the company said in {PL}.",
          "The head of {ORG}, {P1}, stepped down on {DAY}, the board said."
        },
        new String[] {
          "{P2} will lead the company until a successor is found.",
          "Shares of {ORG} fell {N1} percent.",
          "{P1} said it was time for new leadership.",
          "The board thanked {P1} for {N2} years of service.",
          "Analysts in {PL} said the move was expected.",
          "{ORG} employs {N3} people."
        }),
    kind(
        new String[] {
          "Bridge closed in {PL} after cracks found", "{PL} shuts bridge as inspectors find damage"
        },
        new String[] {
          "Authorities in {PL} closed a bridge on {DAY} after inspectors from {ORG} found cracks in {N1} supports.",
          "A bridge in {PL} was shut on {DAY}, forcing {N3} drivers a day onto detours, the {ORG} said."
        },
        new String[] {
          "Engineer {P1} said repairs could take {N2} months.",
          "Mayor {P2} called the closure necessary.",
          "Buses will run a shuttle across the river.",
          "The {ORG} inspected the bridge last year.",
          "Shops near the bridge in {PL} fear lost trade.",
          "The repair will cost {N3} million."
        }),
    kind(
        new String[] {"{PL} side win cup final", "{P1} scores twice as {PL} lift the cup"},
        new String[] {
          "{PL} won the cup final on {DAY}, beating {ORG} {N1}-{N2} with two goals from {P1}.",
          "Two goals from {P1} gave {PL} a {N1}-{N2} win over {ORG} in the final on {DAY}."
        },
        new String[] {
          "Coach {P2} praised the defence.",
          "A crowd of {N3} thousand watched the match.",
          "{P1} scored in the first half with a header.",
          "{ORG} finished the game with ten men.",
          "Fans celebrated in the streets of {PL}.",
          "It is the club's first title in {N2} years."
        }),
    kind(
        new String[] {"Flood forces {N1} from homes in {PL}", "River bursts banks in {PL}"},
        new String[] {
          "Floods forced {N1} people from their homes in {PL} on {DAY}, the {ORG} said.",
          "The river burst its banks in {PL} on {DAY} after {N2} days of rain."
        },
        new String[] {
          "Emergency chief {P1} said water levels were falling.",
          "The army sent {N3} soldiers to help.",
          "{P2} said her street was under a metre of water.",
          "The {ORG} opened shelters in schools.",
          "Roads around {PL} remain closed.",
          "Forecasters expect more rain on {DAY}."
        }),
    kind(
        new String[] {
          "{ORG} announces {N3} million plant in {PL}", "New factory to bring {N1} jobs to {PL}"
        },
        new String[] {
          "{ORG} will build a {N3} million factory in {PL}, creating {N1} jobs, it said on {DAY}.",
          "The firm {ORG} announced on {DAY} a plant in {PL} that will employ {N1} people."
        },
        new String[] {
          "Chief executive {P1} said building starts next year.",
          "Mayor {P2} welcomed the investment.",
          "The plant will make batteries.",
          "The {ORG} chose {PL} over {N2} other sites.",
          "Unions in {PL} asked for local hiring.",
          "The government will contribute {N2} million."
        }),
  };

  private static Kind kind(String[] titles, String[] leads, String[] body) {
    return new Kind(titles, leads, body);
  }

  private static final String[] ONSETS = {
    "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr",
    "kr", "st", "tr", "vel", "mar", "cor", "ost", "hal"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ou", "ea"};
  private static final String[] CODAS = {
    "n", "r", "l", "s", "nd", "rk", "th", "m", "x", "st", "ck", "rn"
  };

  /**
   * Background paragraphs a long-form article adds after its own: context, reactions and history
   * around the story's people, place and organisation, with numbers of their own. They are the same
   * for every kind of event, as the boilerplate of real coverage is.
   */
  private static final String[] BACKGROUND = {
    "The {ORG} has faced questions before. In a statement issued late on {DAY}, it said it was cooperating fully and would publish its own account within {X} days.",
    "Residents of {PL} who spoke to reporters described a mixture of anger and exhaustion. Several said they had raised concerns with local officials months ago and had heard nothing back.",
    "{P2} said the response had been slower than it should have been. \"People were waiting for hours without any information,\" {P2} said. \"That cannot happen again.\"",
    "The last comparable event in the region, about {X} years ago, led to a review that recommended changes to how warnings are issued. Only some of those changes were carried out.",
    "Opposition politicians called for an independent inquiry. A spokesperson for the regional government said an inquiry was not ruled out but that the priority for now was the people affected.",
    "Analysts said the episode would add to pressure on the {ORG}, which has been criticised over its spending and its handling of earlier incidents. Its annual budget is about {X} million.",
    "{P3}, a researcher who has studied the area for {Y} years, said the risks had been known for a long time. \"None of this is a surprise to people who work here,\" {P3} said.",
    "Local businesses in {PL} said they expected to lose trade for weeks. One shop owner said takings had fallen by about {Y} percent since the start of the week.",
    "Officials urged people to rely on official channels for updates and warned against sharing unverified reports online, several of which had already been shown to be false.",
    "The national government said it was monitoring the situation closely and stood ready to send more help if the regional authorities asked for it.",
    "{P1} is expected to brief lawmakers on {DAY} next week. Members of the committee said they would ask about the timeline of decisions taken in the first hours.",
    "Insurance companies said it was too early to estimate the cost, but one industry group put early claims at more than {X} million, with more expected as assessments continue.",
    "Community groups in {PL} organised collections of food, clothing and money. Volunteers said donations had arrived from across the country within a day.",
    "The {ORG} said it would review its procedures and publish the results. Critics said similar promises had been made before without much changing afterwards.",
    "Weather forecasters said conditions over the coming days were not expected to complicate the work, though rain was possible later in the week.",
    "Transport services around {PL} were partly suspended, and operators advised travellers to check before setting out. About {Y} routes were affected on {DAY}.",
    "A hotline set up by the authorities received more than {X} calls in its first day, according to figures released by the {ORG}.",
    "{P2} said the priority now was to make sure the same thing did not happen elsewhere. Other regions have been asked to check their own arrangements.",
    "The events drew comment from abroad, with several governments sending messages of support and offering technical assistance.",
    "Historians noted that {PL} has a long record of recovering from setbacks, and local leaders said they were confident the community would do so again.",
    "Court records show that the {ORG} was the subject of {Y} complaints in the past five years, most of them settled without a hearing.",
    "Unions representing workers in {PL} said their members had been under strain for months, and called for more staff and better equipment.",
    "A poll taken earlier this year found that about {Y} percent of residents were dissatisfied with how local services were run, the highest share in a decade.",
    "The story is developing, and this article will be updated as more information becomes available from officials in {PL}."
  };

  private final Random random;
  private final Random padding;
  private final boolean longForm;
  private final int articlesPerDay;
  private final Set<String> used = new HashSet<>();
  private final List<Item> pending = new ArrayList<>();
  private LocalDate day = LocalDate.of(2020, 1, 1);
  private int stories;
  private int articles;

  /** A stream seeded with {@code seed}, about {@code articlesPerDay} articles a day. */
  public SyntheticCorpus(long seed, int articlesPerDay) {
    this(seed, articlesPerDay, false);
  }

  /**
   * A stream seeded with {@code seed}; {@code longForm} adds background paragraphs to three
   * articles in four (none to 24, about 3 KB of text on average instead of about 0.5 KB), drawn
   * from a random of their own, so that the stories, outlets, dates and first paragraphs are those
   * of the short stream with the same seed.
   */
  public SyntheticCorpus(long seed, int articlesPerDay, boolean longForm) {
    this.random = new Random(seed);
    this.padding = new Random(seed * 31 + 7);
    this.longForm = longForm;
    this.articlesPerDay = articlesPerDay;
  }

  /** The next {@code n} articles in publication order. */
  public List<Item> next(int n) {
    List<Item> out = new ArrayList<>();
    while (out.size() < n) {
      if (pending.isEmpty()) {
        generateDay();
      }
      out.add(pending.remove(0));
    }
    return out;
  }

  private void generateDay() {
    // each day's stories, their articles spread over that day and the next two
    List<Item> today = new ArrayList<>(pending);
    pending.clear();
    int storiesToday = Math.max(1, articlesPerDay / 4);
    List<Item> later = new ArrayList<>();
    for (int s = 0; s < storiesToday; s++) {
      stories++;
      String storyId = "story" + stories;
      Kind kind = KINDS[random.nextInt(KINDS.length)];
      String[] slots = {
        "{P1}",
        person(),
        "{P2}",
        person(),
        "{P3}",
        person(),
        "{PL}",
        name(2),
        "{ORG}",
        name(2) + " " + orgWord(),
        "{N1}",
        Integer.toString(3 + random.nextInt(400)),
        "{N2}",
        Integer.toString(2 + random.nextInt(60)),
        "{N3}",
        Integer.toString(10 + random.nextInt(900)),
        "{M}",
        (4 + random.nextInt(4)) + "." + random.nextInt(10),
        "{DAY}",
        day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
      };
      int outlets = 2 + random.nextInt(5);
      List<String> chosen = new ArrayList<>(List.of(OUTLETS));
      java.util.Collections.shuffle(chosen, random);
      for (int a = 0; a < outlets; a++) {
        int delay = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2);
        LocalDate published = day.plusDays(delay);
        String text = article(kind, slots);
        articles++;
        SourceText t =
            new SourceText(
                ArticleMeta.of("synthetic/" + articles + ".txt")
                    .withOutlet(Optional.of(chosen.get(a)))
                    .withPublished(Optional.of(published)),
                text);
        (delay == 0 ? today : later).add(new Item(t, storyId));
      }
    }
    java.util.Collections.shuffle(today, random);
    pending.addAll(today);
    // later articles wait in order of date; they are merged into the following days
    later.sort(java.util.Comparator.comparing(i -> i.text().published().orElseThrow()));
    carried.addAll(later);
    day = day.plusDays(1);
    List<Item> due = new ArrayList<>();
    for (var it = carried.iterator(); it.hasNext(); ) {
      Item i = it.next();
      if (!i.text().published().orElseThrow().isAfter(day.minusDays(1))) {
        due.add(i);
        it.remove();
      }
    }
    pending.addAll(due);
  }

  private final List<Item> carried = new ArrayList<>();

  private String article(Kind kind, String[] slots) {
    StringBuilder b = new StringBuilder();
    b.append(fill(kind.titles()[random.nextInt(kind.titles().length)], slots)).append("\n\n");
    b.append(fill(kind.leads()[random.nextInt(kind.leads().length)], slots)).append("\n\n");
    List<String> body = new ArrayList<>(List.of(kind.body()));
    java.util.Collections.shuffle(body, random);
    int n = 3 + random.nextInt(body.size() - 2);
    for (int i = 0; i < n; i++) {
      b.append(fill(body.get(i), slots)).append("\n\n");
    }
    if (longForm && padding.nextInt(4) > 0) {
      List<String> background = new ArrayList<>(List.of(BACKGROUND));
      java.util.Collections.shuffle(background, padding);
      int extra = 1 + padding.nextInt(background.size());
      for (int i = 0; i < extra; i++) {
        String p =
            background
                .get(i)
                .replace("{X}", Integer.toString(2 + padding.nextInt(500)))
                .replace("{Y}", Integer.toString(2 + padding.nextInt(40)));
        b.append(fill(p, slots)).append("\n\n");
      }
    }
    return b.toString().strip();
  }

  private static String fill(String template, String[] slots) {
    String out = template;
    for (int i = 0; i < slots.length; i += 2) {
      out = out.replace(slots[i], slots[i + 1]);
    }
    return out;
  }

  private String person() {
    return name(2) + " " + name(3);
  }

  private String orgWord() {
    String[] words = {
      "Group", "Authority", "Council", "Institute", "Holdings", "Agency", "United", "Works"
    };
    return words[random.nextInt(words.length)];
  }

  /**
   * An invented capitalised word, never used before in this stream; a syllable longer once words of
   * that length are hard to find new (a stream of a million articles uses up the two-syllable
   * ones).
   */
  private String name(int syllables) {
    for (int tries = 0; ; tries++) {
      if (tries > 0 && tries % 64 == 0) {
        syllables++;
      }
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < syllables; i++) {
        b.append(ONSETS[random.nextInt(ONSETS.length)])
            .append(VOWELS[random.nextInt(VOWELS.length)]);
      }
      b.append(CODAS[random.nextInt(CODAS.length)]);
      String w = Character.toUpperCase(b.charAt(0)) + b.substring(1);
      if (used.add(w)) {
        return w;
      }
    }
  }

  public int stories() {
    return stories;
  }
}
