/**
 * Report: building blocks for documents people read and keep (issue 13, ADR 0033). {@link eu.vigil.report.Charts}
 * renders bar and step charts to PNG bytes of a fixed size with a colour-blind-safe palette and no title inside the
 * image (the page or document gives it, next to a table of the same figures); {@link eu.vigil.report.PdfDocument}
 * lays out headings, paragraphs, tables and those charts in an A4 PDF. Depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report")
package eu.vigil.report;
