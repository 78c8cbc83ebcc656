/**
 * The borderline-content taxonomy shared by Vigil: internal label codes (terrorist and violent-extremist
 * codes {@code TVE-*}, borderline codes {@code BL-*}, context exemptions and unrelated content), their
 * total mapping to the DSA Transparency Database statement-of-reasons categories and keywords (2025
 * schema, legacy 2023 strings accepted when reading), and the GIFCT hash-sharing database and Tech
 * Against Terrorism TCAP scopes where they are known.
 *
 * <p>Start with {@link eu.vigil.amplification.taxonomy.LabelCode#parse(String)} and
 * {@link eu.vigil.amplification.taxonomy.Taxonomy#dsaClassification(LabelCode)}. The definitions use
 * only {@code java.base}, so hash-bank labels can reuse them.
 */
@NullMarked
package eu.vigil.amplification.taxonomy;

import org.jspecify.annotations.NullMarked;
