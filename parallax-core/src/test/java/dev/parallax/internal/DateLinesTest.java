package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Thursday, December 11, 2008|2008-12-11",
        "DECEMBER 16, 2008|2008-12-16",
        "December 15th, 2008, 7: 35 am|2008-12-15",
        "on Tuesday, 16 December 2008 13: 45.|2008-12-16",
        "December 15, 2008 at 1: 00pm CST|2008-12-15",
        "26 September 2013, 10: 00 (GMT+05: 00)|2013-09-26",
        "Sat Nov 12 2011, 01: 19 hrs|2011-11-12",
        "August 8, 2012 - 4: 43 pm|2012-08-08",
        "21 July 2013 Last updated at 11: 11 GMT|2013-07-21",
        "MAR. 14, 2013, 8: 12 PM|2013-03-14",
        "09 Sep 2026 11:42 GMT|2026-09-09",
        "Published: March 3, 2026|2026-03-03",
        "(March 20, 2007) - -|2007-03-20",
        "[June 4, 2026] —|2026-06-04",
        "on July 13, 2009 at 10: 50 AM, updated July 29, 2009 at 12: 16 PM|2009-07-13",
        "March 3, 2026 9:15 a.m.; Updated March 4, 2026|2026-03-03",
        "On Dec 23 2012, 5: 03p|2012-12-23",
      })
  void readsADatelineAndItsDate(String line, String date) {
    assertThat(DateLines.isDateLine(line)).isTrue();
    assertThat(DateLines.date(line)).contains(LocalDate.parse(date));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The council met on March 3, 2026 to vote on the budget.",
        "March 3, 2026 was the day the port reopened",
        "Report: Red Sox offer Teixeira $200 million",
        "By Jane Roe, March 3",
        "In 2026",
        "(March 20, 2007) - - A jury convicted him.",
      })
  void aSentenceNamingADateIsNoDateline(String line) {
    assertThat(DateLines.isDateLine(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"APR 28", "Tue, Mar. 3", "December 15th"})
  void aMonthAndDayAloneIsADatelineThatDatesNothing(String line) {
    // the date badge over a blog post (ECB+ 9_1ecbplus), which had become the article's title
    assertThat(DateLines.isDateLine(line)).isTrue();
    assertThat(DateLines.date(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"May 9 vote", "March on", "Apr 28 2026 was the day"})
  void aMonthAndDayInMoreWordsIsNoDateBadge(String line) {
    assertThat(DateLines.isDateLine(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"February 30, 2026", "no date here 2026", "Mayday 12 2026"})
  void aLineNamingNoPossibleDateGivesNone(String line) {
    assertThat(DateLines.date(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Updated 2026-03-10 09:15|2026-03-10",
        "published: 2012 - 04 - 04 11: 47: 35|2012-04-04"
      })
  void readsAnIsoDate(String line, String date) {
    assertThat(DateLines.date(line)).contains(LocalDate.parse(date));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "11 / 28 / 05|2005-11-28",
        "Posted 11 / 27 / 2005 7: 21 AM|2005-11-27",
        "28/11/2005|2005-11-28",
        "4/4/2012|2012-04-04",
        "8: 13 AM PDT 8 / 2 / 2013|2013-08-02",
        "10:10 AM EST 6/5/2013|2013-06-05"
      })
  void readsADateInFiguresWhereDayAndMonthCannotBeConfused(String line, String date) {
    // ECB+ topic 20: "11 / 28 / 05" had become a report's title and left its text undated
    assertThat(DateLines.date(line)).contains(LocalDate.parse(date));
  }

  @ParameterizedTest
  @ValueSource(strings = {"11/10/2005", "1/2/05", "3/4 of the vote", "12/31/2005/7"})
  void aDateInFiguresThatCouldBeEitherDayGivesNone(String line) {
    assertThat(DateLines.date(line)).isEmpty();
  }
}
