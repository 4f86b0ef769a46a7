/**
 * Renders a {@link dev.parallax.model.Report} as the {@code parallax.report/1} JSON contract, a
 * terminal report, Markdown or a self-contained HTML page. Main type: {@link
 * dev.parallax.report.Format}. Must not depend on the NLP stages.
 */
package dev.parallax.report;
