package dev.parallax.clean;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.DateLines;
import java.util.regex.Pattern;

/**
 * The shapes of whole lines that are page furniture by themselves (ad markers, prompts, credits,
 * copyright and related-link headers), looked up in the boilerplate lexicon, and the test for a
 * line that ends like a full sentence. Stateless and thread-safe.
 */
final class LineShapes {
  private static final Pattern AD_MARKER = pattern("ad-marker");
  private static final Pattern COMMENTS = pattern("comment-counter");
  private static final Pattern SHARE = pattern("share-prompt");
  private static final Pattern NEWSLETTER = lowerCase("newsletter-word");
  private static final Pattern COPYRIGHT = pattern("copyright");
  private static final Pattern BYLINE = pattern("byline");
  private static final Pattern TIMESTAMP = pattern("timestamp");
  private static final Pattern STAFF_CREDITS = pattern("staff-credits");
  private static final Pattern READING_AID = pattern("reading-aid");
  private static final Pattern COPYRIGHT_LONG = pattern("copyright-long");
  private static final Pattern COOKIES = lowerCase("cookie-notice");
  private static final Pattern SCRIPT = lowerCase("script-notice");
  private static final Pattern DISCLAIMER = lowerCase("comment-disclaimer");
  private static final Pattern COMMENT_CALL = pattern("comment-call");
  private static final Pattern CONTRIBUTED = pattern("contributed");
  private static final Pattern SOCIAL = pattern("social-prompt");
  private static final Pattern MORE_HEADER = pattern("related-header");
  private static final Pattern INLINE_RELATED = pattern("inline-related");
  private static final Pattern CREDIT_LINE = pattern("credit-line");
  private static final Pattern AGENCY_CREDIT = pattern("agency-credit");
  private static final Pattern SECTION_LABEL = pattern("section-label");
  private static final Pattern LOGIN = lowerCase("login-prompt");
  private static final Pattern PAYWALL = lowerCase("paywall-prompt");
  private static final Pattern SUPPORT = lowerCase("support-prompt");
  private static final Pattern NOTICE = lowerCase("notice-line");
  private static final Pattern CONTACT = lowerCase("contact-prompt");
  private static final Pattern AD_LEAD = pattern("ad-lead");

  /** The reason given for a line that asks readers to comment. */
  static final String CALL_TO_COMMENT = "call to comment";

  private LineShapes() {}

  private static Pattern pattern(String key) {
    return DataFiles.pattern("boilerplate.tsv", key);
  }

  /** Searched for in every line, so matched against the line lower-cased once, for speed. */
  private static Pattern lowerCase(String key) {
    return DataFiles.lowerCasePattern("boilerplate.tsv", key);
  }

  /** The reason a whole line is boilerplate by its own shape, or null. */
  /** Words mixing scripts that make a line look-alike text, at least. */
  static final int LOOK_ALIKE_WORDS = 3;

  /** Words of a line that mix Latin letters with Cyrillic or Greek ones. */
  static int lookAlikeWords(String plain) {
    int count = 0;
    for (String w : plain.split("[^\\p{L}]+")) {
      boolean latin = false;
      boolean other = false;
      for (int i = 0; i < w.length(); ) {
        int cp = w.codePointAt(i);
        i += Character.charCount(cp);
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        latin |= sc == Character.UnicodeScript.LATIN;
        other |= sc == Character.UnicodeScript.CYRILLIC || sc == Character.UnicodeScript.GREEK;
      }
      if (latin && other) {
        count++;
      }
    }
    return count;
  }

  static String reason(String plain) {
    int words = Cleaner.words(plain);
    String lower = plain.toLowerCase(java.util.Locale.ROOT);
    // "Соntасt uѕ tо аdvеrtіѕе": Cyrillic or Greek look-alikes inside Latin words hide a line
    // from filters; no writer of any language mixes scripts inside words this often
    if (lookAlikeWords(plain) >= LOOK_ALIKE_WORDS) {
      return "text written in look-alike letters";
    }
    if (AD_MARKER.matcher(plain).matches()) {
      return "ad marker";
    }
    if (COMMENTS.matcher(plain).matches()) {
      return "comment counter";
    }
    if (words <= 16 && SHARE.matcher(plain).matches()) {
      return "share or subscription prompt";
    }
    if (words <= 20 && AD_LEAD.matcher(plain).matches()) {
      return "ad marker";
    }
    // a prompt may end in "!" ("Jetzt abonnieren!"); a sentence ending in a full stop may only
    // mention a newsletter
    if (words <= 25
        && NEWSLETTER.matcher(lower).find()
        && (!endsSentence(plain) || plain.endsWith("!"))) {
      return "share or subscription prompt";
    }
    if (words <= 25 && COPYRIGHT.matcher(plain).matches()) {
      return "copyright notice";
    }
    if (words <= 60 && COPYRIGHT_LONG.matcher(plain).find()) {
      return "copyright notice";
    }
    if (words <= 40 && COOKIES.matcher(lower).find()) {
      return "cookie notice";
    }
    // "Sorry, but your browser needs Javascript to use this site.", "Bitte aktiviere Javascript"
    if (words <= 40 && SCRIPT.matcher(lower).find()) {
      return "JavaScript notice";
    }
    // "X is not responsible for the opinions ... presented by contributors": the comment section's
    // disclaimer; a news sentence about a platform's responsibility names no readers posting
    if (words <= 60 && DISCLAIMER.matcher(lower).find()) {
      return "comment disclaimer";
    }
    // "Sound off in the comments below!", "Leave your thoughts ... in the comments section below.":
    // the line asks readers to comment, in the imperative; a news sentence about comments has its
    // subject first ("He did not react to the comments from ...")
    if (words <= 25 && COMMENT_CALL.matcher(plain).matches()) {
      return CALL_TO_COMMENT;
    }
    if (words <= 25 && CONTRIBUTED.matcher(plain).matches()) {
      return "staff credits";
    }
    if (words <= 15 && SOCIAL.matcher(plain).matches()) {
      return "share or subscription prompt";
    }
    if (words <= 12 && CREDIT_LINE.matcher(plain).matches()) {
      return "photo credit";
    }
    if (words <= 10 && AGENCY_CREDIT.matcher(plain).matches()) {
      return "photo credit";
    }
    if (words <= 12 && BYLINE.matcher(plain).matches()) {
      return "byline";
    }
    // a dateline with the date it was updated runs to 16 words ("on July 13, 2009 at 10: 50 AM,
    // updated July 29, 2009 at 12: 16 PM"); the whole line must be dates and times
    if (words <= 14 && TIMESTAMP.matcher(plain).matches()
        || words <= 24 && DateLines.isDateLine(plain)) {
      return "timestamp";
    }
    if (words <= 40 && STAFF_CREDITS.matcher(plain).matches()) {
      return "staff credits";
    }
    if (words <= 6 && READING_AID.matcher(plain).matches()) {
      return "reading aid";
    }
    if (words <= 30 && INLINE_RELATED.matcher(plain).matches()) {
      return "related link";
    }
    if (words <= 60 && NOTICE.matcher(lower).find()) {
      return "notice (affiliate links, licence, opinion disclaimer)";
    }
    if (words <= 45 && CONTACT.matcher(lower).find()) {
      return "contact or follow prompt";
    }
    if (words <= 6 && SECTION_LABEL.matcher(plain).matches()) {
      return "section label";
    }
    if (words <= 30 && LOGIN.matcher(lower).find()) {
      return "login or comment prompt";
    }
    if (words <= 45 && PAYWALL.matcher(lower).find()) {
      return "share or subscription prompt";
    }
    if (words <= 40 && SUPPORT.matcher(lower).find()) {
      return "share or subscription prompt";
    }
    // a header may end in ":", "!" or "?" ("Das könnte Sie auch interessieren!"), not in a full
    // stop
    if (words <= 12
        && MORE_HEADER.matcher(plain).matches()
        && (plain.matches(".*[:!?]$") || !Cleaner.TERMINAL.matcher(plain).find())) {
      return "related-links header";
    }
    return null;
  }

  /**
   * A full sentence ends with a period, question or exclamation mark (newsletter text never does)
   * after a last word of two characters or more, whatever they are ("AT&T.", "for it;.", "B.C."): a
   * lone initial ("J.") is no sentence end. Closing quotes and brackets may follow.
   */
  static boolean endsSentence(String plain) {
    int k = plain.length() - 1;
    while (k >= 0
        && (Character.isWhitespace(plain.charAt(k)) || CLOSERS.indexOf(plain.charAt(k)) >= 0)) {
      k--;
    }
    if (k < 0 || STOPS.indexOf(plain.charAt(k)) < 0) {
      return false;
    }
    int chars = 0;
    for (; k >= 0 && chars < 2 && !Character.isWhitespace(plain.charAt(k)); k--) {
      chars += STOPS.indexOf(plain.charAt(k)) < 0 ? 1 : 0;
    }
    return chars >= 2;
  }

  private static final String STOPS = ".!?…";
  private static final String CLOSERS = "'\"’”»)]";
}
