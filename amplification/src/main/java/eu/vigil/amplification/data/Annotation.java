package eu.vigil.amplification.data;

import eu.vigil.amplification.taxonomy.LabelCode;

/**
 * One annotator's label for one item, row of {@code annotations} (input of Krippendorff's alpha).
 *
 * @param itemId the item
 * @param annotatorId the annotator
 * @param labelCode the label given
 */
public record Annotation(String itemId, String annotatorId, LabelCode labelCode) {}
