/**
 * Renders a {@link dev.parallax.model.Report}: {@link dev.parallax.report.ReportJson} writes (and
 * {@code ReportReader} reads) the {@code parallax.report/1} JSON contract; for people, {@link
 * dev.parallax.report.ReportView} reads the report once into what is shown, and Pebble templates in
 * {@code resources/dev/parallax/report/templates} render that view as terminal text or Markdown
 * ({@code DocumentWriter}) and as one HTML page ({@code HtmlReport}). Main type: {@link
 * dev.parallax.report.Format}. Must not depend on the NLP stages.
 */
package dev.parallax.report;
