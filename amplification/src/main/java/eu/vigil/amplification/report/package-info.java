/**
 * The report of an analysis (spec §6.3): per-cell, trajectory, reliability, DSA roll-up and account
 * tables as CSV and JSON, the plots as SVG and PNG (JFreeChart with JFreeSVG), an HTML report with
 * methods, limitations, the DSA Art. 34/35 mapping and a reproducibility block, and the schema check
 * that rejects an incomplete report (spec R12).
 *
 * <p>Start with {@link eu.vigil.amplification.report.ReportWriter#write}.
 */
@NullMarked
package eu.vigil.amplification.report;

import org.jspecify.annotations.NullMarked;
