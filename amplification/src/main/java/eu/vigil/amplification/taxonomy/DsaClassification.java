package eu.vigil.amplification.taxonomy;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary DSA statement-of-reasons classification of an internal label code.
 *
 * @param category the 2025 category (never a legacy one)
 * @param keyword the keyword within the category
 * @param specification free text that goes with {@link DsaKeyword#OTHER}; null otherwise
 */
public record DsaClassification(DsaCategory category, DsaKeyword keyword, @Nullable String specification) {

  /** Checks that the category is current and the keyword belongs to it. */
  public DsaClassification {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(keyword, "keyword");
    if (category.legacy()) {
      throw new IllegalArgumentException("category must be a 2025 category, was " + category);
    }
    if (keyword.category() != null && keyword.category() != category) {
      throw new IllegalArgumentException(keyword + " does not belong to " + category);
    }
    if ((keyword == DsaKeyword.OTHER) != (specification != null)) {
      throw new IllegalArgumentException("a specification goes with KEYWORD_OTHER and only with it");
    }
  }
}
