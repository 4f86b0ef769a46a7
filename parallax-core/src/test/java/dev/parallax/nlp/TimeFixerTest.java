package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import dev.parallax.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each SUTime correction, on sentences run through the real annotator. */
class TimeFixerTest {
  private static final LocalDate FRIDAY = LocalDate.of(2026, 2, 6);

  private static List<TimeExpression> times(String text, Optional<LocalDate> published) {
    Report r =
        Pipeline.analyse(
            List.of(new SourceText("t.txt", text, Optional.empty())),
            List.of(),
            new Pipeline.Options(published, Optional.empty(), Map.of(), 1),
            Pipeline.Progress.NONE);
    return r.articles().get(0).sentences().stream()
        .map(Sentence::times)
        .flatMap(List::stream)
        .toList();
  }

  private static TimeExpression only(String text, String expression) {
    return only(text, expression, FRIDAY);
  }

  private static TimeExpression only(String text, String expression, LocalDate published) {
    List<TimeExpression> found = times(text, Optional.of(published));
    return found.stream()
        .filter(t -> t.text().equals(expression))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time expression " + expression + " in " + found));
  }

  private static List<String> texts(String text, LocalDate published) {
    return times(text, Optional.of(published)).stream().map(TimeExpression::text).toList();
  }

  @Test
  void bareMonthInPastTenseResolvesToThePreviousYear() {
    assertThat(only("The two countries fought a short war in June.", "June").value())
        .isEqualTo("2025-06");
  }

  @Test
  void bareMonthInFutureTenseStaysAhead() {
    assertThat(only("The two countries will meet again in June.", "June").value())
        .isEqualTo("2026-06");
  }

  @Test
  void weekdayInPastTenseIsNeverAfterPublication() {
    assertThat(only("The minister spoke to reporters on Thursday.", "Thursday").value())
        .isEqualTo("2026-02-05");
    assertThat(only("The council met on Saturday.", "Saturday").value()).isEqualTo("2026-01-31");
  }

  @Test
  void thePastYearIsARangeEndingAtPublication() {
    TimeExpression t =
        only("Iran has watched the talks closely over the past year.", "the past year");
    assertThat(t.value()).isEqualTo("2025-02-06");
    assertThat(t.until()).isEqualTo("2026-02-06");
  }

  @Test
  void inThePastMonthIsARangeNotTheCalendarMonth() {
    TimeExpression t =
        only("In the past month, the navy has moved twelve ships.", "the past month");
    assertThat(t.value()).isEqualTo("2026-01-06");
    assertThat(t.until()).isEqualTo("2026-02-06");
  }

  @Test
  void lastMonthStaysTheCalendarMonth() {
    assertThat(only("Last month, the president said a deal was close.", "Last month").value())
        .isEqualTo("2026-01");
  }

  @Test
  void ordinalBeforeANounIsNotADuration() {
    assertThat(times("A second round of talks was under way.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .doesNotContain("A second");
  }

  @Test
  void anOrdinalUnitBeforeANounIsAKindOfThingNotATime() {
    // ECB+ topic 8: SUTime dated "14th month" fourteen months from publication
    assertThat(
            times(
                "Among the measures, the government is to cut 13th and 14th month bonus pay for"
                    + " civil servants.",
                Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .noneMatch(t -> t.contains("month"));
    // not before a noun: still a time
    assertThat(times("The strike went into its 14th month.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .anyMatch(t -> t.contains("month"));
  }

  @Test
  void aNumberBeforeAStreetNameIsAnAddressNotAYear() {
    // ECB+ topic 33: "1800" was the timeline's year 1800
    assertThat(
            times(
                "All three live in an apartment inside 1800 Pitkin Ave., the building the gunman"
                    + " fired from in 2011.",
                Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("2011");
  }

  @Test
  void aStationsFrequencyBeforeItsCallLettersIsNoYear() {
    // ECB+ topic 21: "1010" was the timeline's year 1010
    assertThat(
            times(
                "The car then fled, police told 1010 WINS reporters. In 2008 NATO met here.",
                Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("2008");
  }

  @Test
  void aModelYearIsNoDate() {
    // ECB+ topic 21: "a gray 2013 Toyota Camry" stood on the timeline as 2013
    assertThat(
            times(
                "She was struck by a gray 2013 Toyota Camry in 2011. His 2008 Senate race ended"
                    + " early.",
                Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("2011", "2008");
  }

  @Test
  void aPerfectInfinitiveIsPast() {
    // ECB+ topic 28: "LaRue is believed to have died Saturday" was dated the Saturday after
    // publication by the present tense of "is", and flagged as a conflict with the other outlets
    assertThat(
            only("The coroner said the man is believed to have died Saturday.", "Saturday").value())
        .isEqualTo("2026-01-31");
  }

  @Test
  void aParticipleAfterANounDoesNotSetTheTense() {
    // ECB+ topic 20: "In February, a quake measuring 6.4 ... hit the southern town of Zarand",
    // published in November 2005, was dated February 2006 by the tense of "measuring"
    assertThat(
            only("In May, a quake measuring 6.4 on the Richter scale hit the southern town.", "May")
                .value())
        .isEqualTo("2025-05");
  }

  @Test
  void aDateInAThatClauseTakesTheClausesTense() {
    // ECB+ topic 19: "Police say that on Saturday ... Gray was standing outside his home" was
    // dated the Saturday after publication by the present tense of "say"
    assertThat(
            only(
                    "Police say that on Saturday around 11:30 p.m. Gray was standing outside his"
                        + " home.",
                    "Saturday")
                .value())
        .startsWith("2026-01-31");
    // as the corpus prints it, the clock spaced at its colon, which had ended the clause
    assertThat(
            only(
                    "Police say that on Saturday around 11: 30 p. m. Gray was standing outside his"
                        + " home.",
                    "Saturday")
                .value())
        .startsWith("2026-01-31");
  }

  @Test
  void aDayWithoutItsYearAfterOneWithItTakesThatYear() {
    // ECB+ topic 16 (published 2007): "killed June 24, 2005 ... while investigating a June 20
    // shooting" had dated the shooting 2006-06-20
    assertThat(
            only(
                    "He was killed on June 24, 2024 while investigating a June 20 shooting.",
                    "June 20")
                .value())
        .isEqualTo("2024-06-20");
    assertThat(only("The deputy was investigating a June 20 shooting.", "June 20").value())
        .isEqualTo("2025-06-20");
    // not across a semicolon: ECB+ topic 26's "Born March 29, 1928, in the Bronx; died December
    // 19 at ..." had dated the death 1927
    assertThat(
            only(
                    "Born March 29, 1928, in the Bronx; died December 19 at the prison hospital.",
                    "December 19",
                    LocalDate.of(2005, 12, 20))
                .value())
        .isEqualTo("2005-12-19");
  }

  @Test
  void fourDigitsBeforeAZoneOrAfterAtAreATimeOfDayNotAYear() {
    // ECB+ topic 20: "struck at 1353 (1023 GMT)" put the years 1353 and 1023 on the timeline
    assertThat(
            times(
                "The quake, which struck at 1353 (1023 GMT), was felt in Oman on Friday.",
                Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("Friday");
    assertThat(times("The bridge opened in 1932.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("1932");
  }

  @Test
  void aHolidayBeforeANounIsAKindOfEventNotItsDate() {
    // ECB+ topic 18: "an office Christmas party" was dated December 25 against "Friday"
    assertThat(times("He opened fire at an office Christmas party on Friday.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("Friday");
    assertThat(times("The shops close on Christmas Eve.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .anyMatch(t -> t.contains("Christmas"));
    assertThat(times("The shops were busy before Christmas.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("Christmas");
  }

  @Test
  void anAwardOfTheYearIsNoDate() {
    // ECB+ topic 31: "the reigning national player of the year" stood on the timeline as 2008
    assertThat(
            times(
                "The reigning national player of the year scored 20 points on Thursday.",
                Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("Thursday");
    assertThat(times("Sales fell at the end of the year.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .anyMatch(t -> t.contains("year"));
  }

  @Test
  void joinsDayAndPartOfDay() {
    assertThat(times("The cabinet met on Thursday afternoon.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("Thursday afternoon");
  }

  @Test
  void withoutPublicationDateRelativeExpressionsStayRelative() {
    List<TimeExpression> t =
        times("The two countries fought a short war in June.", Optional.empty());
    assertThat(t).singleElement().extracting(TimeExpression::value).asString().startsWith("XXXX");
  }

  @Test
  void weekdayInFutureClauseIsNeverBeforePublication() {
    // published on a Friday: "Wednesday" in a future clause is the coming one
    assertThat(
            only(
                    "The council will hold an emergency session on Wednesday, the mayor said.",
                    "Wednesday")
                .value())
        .isEqualTo("2026-02-11");
    assertThat(only("On Wednesday the council will vote on the plan.", "Wednesday").value())
        .isEqualTo("2026-02-11");
  }

  // The constructions below are modelled on TempEval-3's TimeBank and AQUAINT tuning documents.

  @Test
  void agesFractionsAndNamesAreNotTimes() {
    LocalDate d = LocalDate.of(2000, 1, 7);
    assertThat(texts("The 6-year-old boy stayed with relatives in Miami.", d)).isEmpty();
    assertThat(texts("Iraq imports about three-quarters of its food.", d)).isEmpty();
    assertThat(texts("Gonzalez spoke on CBS's 60 Minutes about his son.", d)).isEmpty();
    assertThat(texts("Baker said on ABC News' This Week that talks would go on.", d)).isEmpty();
    assertThat(texts("Some 25,000 women took part in the march.", d)).isEmpty();
    assertThat(texts("Merieux previously said it would ensure its bid.", d)).isEmpty();
    assertThat(texts("The stake was disclosed in a filing with the SEC.", d)).isEmpty();
    assertThat(texts("Czech Foreign Minister Jan Kavan welcomed the decision.", d)).isEmpty();
  }

  @Test
  void nowOpeningASentenceIsATurnNotThePresent() {
    assertThat(texts("Now, he says, the deal looks unlikely.", LocalDate.of(1991, 2, 25)))
        .isEmpty();
    assertThat(only("Prices are now falling.", "now", LocalDate.of(1991, 2, 25)).value())
        .isEqualTo("PRESENT_REF");
  }

  @Test
  void unitsAgoAreAsPreciseAsTheUnit() {
    LocalDate d = LocalDate.of(1998, 3, 31);
    assertThat(
            only("The group was given a deadline five months ago.", "five months ago", d).value())
        .isEqualTo("1997-10");
    assertThat(only("The lawsuit was filed six weeks ago.", "six weeks ago", d).value())
        .isEqualTo("1998-W08");
    assertThat(only("The machines were removed several years ago.", "several years ago", d).value())
        .isEqualTo("PAST_REF");
  }

  @Test
  void aYearAgoInAQuarterlyReportIsTheSameQuarterAYearBefore() {
    LocalDate d = LocalDate.of(1989, 11, 2);
    String text =
        "Travelers Corp.'s third-quarter net income rose 11%.\n\n"
            + "Net advanced to $94.2 million from $85 million a year ago.\n\n"
            + "Earnings from commercial lines fell 59% in the latest quarter.";
    assertThat(only(text, "third-quarter", d).value()).isEqualTo("1989-Q3");
    assertThat(only(text, "a year ago", d).value()).isEqualTo("1988-Q3");
    assertThat(only(text, "the latest quarter", d).value()).isEqualTo("1989-Q3");
  }

  @Test
  void thisYearsQuarterIsTheReportedQuarter() {
    LocalDate d = LocalDate.of(1989, 10, 26);
    String text =
        "Net income has risen over 1988, when net was below the 1987 level.\n\n"
            + "In this year's third quarter, net income was $11.2 million, compared with"
            + " $10.3 million a year earlier.";
    assertThat(only(text, "this year's third quarter", d).value()).isEqualTo("1989-Q3");
    assertThat(only(text, "a year earlier", d).value()).isEqualTo("1988-Q3");
  }

  @Test
  void aLimitMetInAPastPerfectClauseIsBehind() {
    LocalDate thursday = LocalDate.of(1990, 8, 16);
    assertThat(
            only(
                    "Only two members had filed compliance reports by Wednesday.",
                    "Wednesday",
                    thursday)
                .value())
        .isEqualTo("1990-08-15");
    assertThat(only("The hearing was postponed until Wednesday.", "Wednesday", thursday).value())
        .isEqualTo("1990-08-22");
  }

  @Test
  void aModifiedMonthsDayKeepsItsDay() {
    String text = "Slepian was shot to death last Oct. 23 at his home in suburban Amherst.";
    assertThat(only(text, "last Oct. 23", LocalDate.of(1999, 4, 19)).value())
        .isEqualTo("1998-10-23");
  }

  @Test
  void theWeekOfADayIsThatDaysWeek() {
    String text = "The case may be resolved in a court hearing the week of March 6.";
    assertThat(only(text, "the week of March 6", LocalDate.of(2000, 2, 24)).value())
        .isEqualTo("2000-W10");
  }

  @Test
  void midnightOfADayEndsIt() {
    String text = "The offer had been scheduled to expire at midnight Friday.";
    assertThat(only(text, "midnight Friday", LocalDate.of(1989, 10, 30)).value())
        .isEqualTo("1989-10-27T24");
  }

  @Test
  void oneDayAfterAModalIsSomeDayAhead() {
    TimeExpression t =
        only(
            "Islam will one day be the second largest religion in the country.", "one day", FRIDAY);
    assertThat(t.type()).isEqualTo("DATE");
    assertThat(t.value()).isEqualTo("FUTURE_REF");
  }

  @Test
  void unitsOrSoAgoAreUnitsAgo() {
    TimeExpression t =
        only(
            "Then, a week or so ago, Gen. Schwarzkopf secretly picked Saturday night.",
            "a week or so ago",
            LocalDate.of(1991, 2, 25));
    assertThat(t.type()).isEqualTo("DATE");
    assertThat(t.value()).isEqualTo("1991-W08");
  }

  @Test
  void halvesAndMoreUnitsAreMeasured() {
    assertThat(only("He served 2 1/2 years in prison.", "2 1/2 years", FRIDAY).value())
        .isEqualTo("P2Y6M");
    assertThat(only("The talks lasted 5 1/2 hours.", "5 1/2 hours", FRIDAY).value())
        .isEqualTo("PT5H30M");
    TimeExpression more = only("The inquiry will take two more weeks.", "two more weeks", FRIDAY);
    assertThat(more.type()).isEqualTo("DURATION");
    assertThat(more.value()).isEqualTo("P2W");
  }

  @Test
  void aQuarterlyDividendIsNotATime() {
    assertThat(texts("Goody Products cut its quarterly dividend to five cents a share.", FRIDAY))
        .isEmpty();
    assertThat(texts("Holders adopted the plan at the annual meeting.", FRIDAY)).isEmpty();
  }

  @Test
  void theEndOfARangeTakesTheClausesTense() {
    LocalDate monday = LocalDate.of(1989, 10, 30);
    String text =
        "The group holds 504,200 shares, including 254,200 bought from Sept. 14 to Thursday.";
    assertThat(only(text, "Thursday", monday).value()).isEqualTo("1989-10-26");
    assertThat(only("The offer was extended to Thursday.", "Thursday", monday).value())
        .isEqualTo("1989-11-02");
  }

  @Test
  void aFiscalYearIsFoundAndDated() {
    LocalDate d = LocalDate.of(1989, 10, 26);
    TimeExpression latest =
        only(
            "The group had C$7.38 billion in sales in the latest fiscal year.",
            "the latest fiscal year",
            d);
    assertThat(latest.type()).isEqualTo("DATE");
    assertThat(latest.value()).isEqualTo("1988");
    assertThat(
            only(
                    "It expects sales slightly above fiscal 1989 sales of $155 million.",
                    "fiscal 1989",
                    d)
                .value())
        .isEqualTo("1989");
  }

  @Test
  void theReportedQuarterIsNotOneNamedAsHistory() {
    LocalDate d = LocalDate.of(1989, 10, 27);
    String text =
        "The company stopped paying a dividend in the third quarter of 1984.\n\n"
            + "It reported second-quarter net of $68.2 million, up from $66.8 million a year ago.\n\n"
            + "In the 1988 period, the company earned $20.6 million.";
    assertThat(only(text, "a year ago", d).value()).isEqualTo("1988-Q2");
    assertThat(only(text, "1988", d).value()).isEqualTo("1988-Q2");
  }

  @Test
  void aSpokenYearIsKept() {
    assertThat(
            only(
                    "One person was killed in January nineteen ninety-seven.",
                    "January nineteen ninety-seven",
                    LocalDate.of(1998, 2, 27))
                .value())
        .isEqualTo("1997-01");
  }

  @Test
  void theYearAgoQuarterIsFoundAndResolved() {
    String text =
        "Bethlehem posted a third-quarter loss.\n\nIn the year-ago quarter, Bethlehem earned $101.4 million.";
    assertThat(only(text, "the year-ago quarter", LocalDate.of(1989, 10, 26)).value())
        .isEqualTo("1988-Q3");
  }

  @Test
  void anaphorsFollowTheNarrativeNotPublication() {
    LocalDate d = LocalDate.of(1989, 10, 27);
    String text =
        "In March, the board hired a new chief executive. The following month, the company put itself up for sale.";
    assertThat(only(text, "March", d).value()).isEqualTo("1989-03");
    assertThat(only(text, "The following month", d).value()).isEqualTo("1989-04");
  }

  @Test
  void clockTimesTakeTheDayTheArticleNarrates() {
    String text =
        "Slepian was killed at his home on Oct. 23. He was shot at 10 p.m. as he stood in his kitchen.";
    assertThat(only(text, "10 p.m.", LocalDate.of(1999, 4, 19)).value())
        .startsWith("1998-10-23T22:00");
  }

  @Test
  void possessiveWeekdayIsADayAlreadyPast() {
    // published on a Friday
    assertThat(
            only(
                    "The GM move follows Tuesday's declaration by Ford.",
                    "Tuesday",
                    LocalDate.of(1989, 10, 27))
                .value())
        .isEqualTo("1989-10-24");
  }

  @Test
  void lastAndNextWeekdayAreNeverPublicationDay() {
    LocalDate monday = LocalDate.of(1989, 10, 30);
    assertThat(
            only(
                    "Last Monday, the company had 73 million shares outstanding.",
                    "Last Monday",
                    monday)
                .value())
        .isEqualTo("1989-10-23");
  }

  @Test
  void weekdayAfterUntilLiesAhead() {
    LocalDate thursday = LocalDate.of(2000, 3, 30);
    assertThat(
            only(
                    "Officials postponed until Tuesday any action on the boy's case.",
                    "Tuesday",
                    thursday)
                .value())
        .isEqualTo("2000-04-04");
  }

  @Test
  void scheduledDatesJustAheadStayInAPastClause() {
    LocalDate d = LocalDate.of(1989, 10, 30);
    assertThat(
            only("Dunkin' has set Nov. 10 as the deadline for competing bids.", "Nov. 10", d)
                .value())
        .isEqualTo("1989-11-10");
    assertThat(
            only(
                    "The split is payable Dec. 7 to stock of record Nov. 22.",
                    "Dec. 7",
                    LocalDate.of(1989, 10, 27))
                .value())
        .isEqualTo("1989-12-07");
  }

  @Test
  void lastMonthNameIsTheLatestBeforePublication() {
    LocalDate d = LocalDate.of(1989, 10, 27);
    assertThat(only("Holders approved the plan last April.", "last April", d).value())
        .isEqualTo("1989-04");
  }

  @Test
  void seasonsLieOnTheSideTheTenseSays() {
    LocalDate d = LocalDate.of(1998, 2, 19);
    assertThat(only("The two companies merged last fall.", "last fall", d).value())
        .isEqualTo("1997-FA");
    assertThat(only("The mission will fly this summer.", "this summer", d).value())
        .isEqualTo("1998-SU");
  }

  @Test
  void decadesAreDates() {
    // SUTime calls "1970s" a set when a modifier comes before it
    TimeExpression t =
        only("The gap has widened since the late 1970s.", "1970s", LocalDate.of(1998, 2, 6));
    assertThat(t.type()).isEqualTo("DATE");
    assertThat(t.value()).isEqualTo("197X");
  }

  @Test
  void aDecadeWrittenWithAnApostropheIsTheDecadeNotItsFirstYear() {
    LocalDate d = LocalDate.of(2012, 12, 4);
    assertThat(only("The buildings dated back to the mid 1930's.", "the mid 1930's", d).value())
        .isEqualTo("193X");
    assertThat(only("The mill closed in the 1990\u2019s.", "the 1990\u2019s", d).value())
        .isEqualTo("199X");
  }

  @Test
  void findsWhatSUTimeMisses() {
    LocalDate d = LocalDate.of(1989, 10, 30);
    assertThat(
            only("The company expects to release results in mid-November.", "mid-November", d)
                .value())
        .isEqualTo("1989-11");
    assertThat(
            only(
                    "Hate group numbers dropped through the nineties.",
                    "the nineties",
                    LocalDate.of(1998, 3, 2))
                .value())
        .isEqualTo("199X");
  }

  @Test
  void weekdayWithTimeAndZoneKeepsTheTime() {
    TimeExpression t =
        only(
            "The agency extended its deadline until 9 a.m. EST Tuesday.",
            "9 a.m. EST Tuesday",
            LocalDate.of(2000, 3, 30));
    assertThat(t.value()).isEqualTo("2000-04-04T09:00-0500");
  }

  @Test
  void aWeekdaysPartIsTheDaysDate() {
    TimeExpression t =
        only(
            "Juan Miguel Gonzalez lashed out at his Miami relatives Sunday night.",
            "Sunday night",
            LocalDate.of(2000, 4, 17));
    assertThat(t.type()).isEqualTo("DATE");
    assertThat(t.value()).isEqualTo("2000-04-16TNI");
    TimeExpression clock =
        only("He spoke at 2 p.m. Monday.", "2 p.m. Monday", LocalDate.of(2000, 4, 17));
    assertThat(clock.type()).isEqualTo("TIME");
    TimeExpression night =
        only(
            "He returned home from synagogue on the night of Oct. 23.",
            "the night of Oct. 23",
            LocalDate.of(1998, 11, 21));
    assertThat(night.type()).isEqualTo("DATE");
    assertThat(night.value()).isEqualTo("1998-10-23TNI");
  }

  @Test
  void theDayBeforeAndThePreviousDayPointBackFromTheNarrative() {
    LocalDate d = LocalDate.of(1998, 3, 5);
    String text = "The rebels attacked on Jan. 12. The day before, the army had left the town.";
    assertThat(only(text, "The day before", d).value()).isEqualTo("1998-01-11");
    String previous = "The rebels attacked on Jan. 12. The previous day, the army had left.";
    TimeExpression t = only(previous, "The previous day", d);
    assertThat(t.value()).isEqualTo("1998-01-11");
    assertThat(t.until()).isEmpty();
  }

  @Test
  void aPartOfDayWithItsOwnDayKeepsIt() {
    String text =
        "The rebels attacked on Jan. 12. The minister spoke about it yesterday afternoon.";
    assertThat(only(text, "yesterday afternoon", LocalDate.of(1998, 3, 5)).value())
        .isEqualTo("1998-03-04TAF");
  }

  @Test
  void aDecadeWithoutItsCenturyIsTheLatestNotAfterPublication() {
    TimeExpression t =
        only("The firm grew fast in the early '90s.", "'90s", LocalDate.of(1998, 3, 5));
    assertThat(t.type()).isEqualTo("DATE");
    assertThat(t.value()).isEqualTo("199X");
  }

  @Test
  void aHolidayIsTheOccurrenceTheTenseSays() {
    // SUTime dates it in publication's year; Thanksgiving is the fourth Thursday of November
    assertThat(
            only(
                    "Elian was found Thanksgiving Day clinging to an inner tube at sea.",
                    "Thanksgiving",
                    LocalDate.of(2000, 1, 7))
                .value())
        .isEqualTo("1999-11-25");
    assertThat(
            only(
                    "The shops will close on Christmas Day.",
                    "Christmas Day",
                    LocalDate.of(1998, 11, 20))
                .value())
        .isEqualTo("1998-12-25");
  }

  @Test
  void aCompoundNumberOfYearsAgoIsAYear() {
    assertThat(
            only("Twenty-five years ago, the town was poor.", "Twenty-five years ago", FRIDAY)
                .value())
        .isEqualTo("2001");
  }

  @Test
  void aHalfYearIsDated() {
    LocalDate d = LocalDate.of(1989, 10, 26);
    assertThat(only("Sales rose in the last half of 1989.", "the last half of 1989", d).value())
        .isEqualTo("1989-H2");
    assertThat(
            only(
                    "Earnings will be lower for at least the first two quarters of 1990.",
                    "at least the first two quarters of 1990",
                    d)
                .value())
        .isEqualTo("1990-H1");
    assertThat(texts("The team scored in the first half of the game.", d)).isEmpty();
  }

  @Test
  void anExpressionWithoutAValueIsSplitIntoItsMeasureAndItsDate() {
    LocalDate d = LocalDate.of(1998, 2, 6);
    String text = "Profit in the first nine months of 1997 rose 12%.";
    TimeExpression months = only(text, "the first nine months", d);
    assertThat(months.type()).isEqualTo("DURATION");
    assertThat(months.value()).isEqualTo("P9M");
    assertThat(only(text, "1997", d).value()).isEqualTo("1997");
    assertThat(
            only(
                    "The operator changed from a fiscal year to a calendar year in December.",
                    "December",
                    LocalDate.of(1989, 10, 27))
                .value())
        .isEqualTo("1988-12");
  }

  @Test
  void aLengthRunIntoTheDayItWasSpentOnIsALengthAndADay() {
    LocalDate d = LocalDate.of(2003, 6, 9); // a Monday
    String text = "The council debated the budget for more than three hours Thursday.";
    assertThat(texts(text, d)).containsExactly("more than three hours", "Thursday");
    TimeExpression hours = only(text, "more than three hours", d);
    assertThat(hours.type()).isEqualTo("DURATION");
    assertThat(hours.value()).isEqualTo("PT3H");
    assertThat(only(text, "Thursday", d).value()).isEqualTo("2003-06-05");
  }

  @Test
  void yearEndIsADateAndAYearEndedOnADayIsADuration() {
    LocalDate d = LocalDate.of(1989, 10, 30);
    TimeExpression end =
        only("The transaction is expected to close around year end.", "year end", d);
    assertThat(end.type()).isEqualTo("DATE");
    assertThat(end.value()).isEqualTo("1989");
    TimeExpression year =
        only(
            "The businesses had revenue of $76 million for the year ended March 31.",
            "the year",
            d);
    assertThat(year.type()).isEqualTo("DURATION");
    assertThat(year.value()).isEqualTo("P1Y");
  }

  @Test
  void aMonthAfterSinceIsBehindPublicationInAFutureClause() {
    assertThat(
            only(
                    "The central bank will meet again in April, the first meeting since December.",
                    "December",
                    LocalDate.of(2013, 3, 14))
                .value())
        .isEqualTo("2012-12");
  }

  @Test
  void aLengthAfterInInAFutureClauseIsATimeAhead() {
    // tuning: "The stock would be redeemed in five years" (1994), "You may, in a year or two, ..."
    TimeExpression t = only("The stock would be redeemed in five years.", "five years");
    assertThat(List.of(t.type(), t.value())).containsExactly("DATE", "2031");
    assertThat(only("You may, in a year or two, save lives.", "a year").value())
        .isEqualTo("FUTURE_REF");
    assertThat(only("It was the first profit in five years.", "five years").type())
        .isEqualTo("DURATION");
    // ECB+ topic 5: "Cheeks will be the fifth Sixers coach in four years" was dated four years
    // ahead; a rank counts the span it holds over
    assertThat(only("Cheeks will be the fifth coach in four years.", "four years").type())
        .isEqualTo("DURATION");
    assertThat(only("Sales will be the highest in five years.", "five years").type())
        .isEqualTo("DURATION");
  }

  @Test
  void aDaySomethingWasSetForIsTheNearest() {
    // ECB+ topic 32: "a provisional trial date was set for October 28", published in June, had
    // been the October before
    LocalDate june = LocalDate.parse("2013-06-12");
    assertThat(only("A trial date was set for October 28.", "October 28", june).value())
        .isEqualTo("2013-10-28");
    assertThat(only("The bridge was opened on October 28.", "October 28", june).value())
        .isEqualTo("2012-10-28");
  }

  @Test
  void aVagueStretchBeforePublicationIsSomeTimeBefore() {
    // tuning: "have fallen in the last few months", "over the past several quarters" (PAST_REF)
    TimeExpression t = only("Rates have fallen in the last few months.", "the last few months");
    assertThat(List.of(t.type(), t.value())).containsExactly("DATE", "PAST_REF");
    String quarters = "Sales abroad rose over the past several quarters.";
    assertThat(only(quarters, "the past several quarters").value()).isEqualTo("PAST_REF");
  }

  @Test
  void theDayBeforeANamedDayIsTheDayBeforeIt() {
    // tuning: "The day before last Tuesday's federal court hearing" (2000-02-21, on 2000-02-24)
    LocalDate thursday = LocalDate.of(2000, 2, 24);
    String text = "The day before last Tuesday's hearing, he went to the house.";
    assertThat(only(text, "The day before last Tuesday", thursday).value()).isEqualTo("2000-02-21");
    String after = "The boy was seen the day after Oct. 23.";
    assertThat(only(after, "the day after Oct. 23", thursday).value()).isEqualTo("1999-10-24");
  }
}
