package eu.vigil.amplification.data;

import eu.vigil.amplification.taxonomy.DsaCategory;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A content item with its label, row of {@code items}.
 *
 * @param itemId identifier
 * @param platform platform identifier
 * @param creatorId creator; null if unknown
 * @param language BCP 47 tag; null if unknown
 * @param labelCode taxonomy code
 * @param ideology ideology of the content; null if none
 * @param dsaCategory DSA category given in the input (legacy accepted); null to derive it
 * @param dsaKeyword DSA keyword given in the input ({@code KEYWORD_...}); null to derive it
 * @param gifctEntity designated entity; null if none
 * @param tcapGroup TCAP group; null if none
 * @param slant slant in [-1, 1]; null if unknown
 * @param labelSource human or model
 * @param modelScore classifier score; null if not model-labelled
 * @param annotatorIds annotators who labelled the item
 */
public record Item(String itemId, String platform, @Nullable String creatorId, @Nullable String language,
    LabelCode labelCode, @Nullable String ideology, @Nullable DsaCategory dsaCategory,
    @Nullable String dsaKeyword, @Nullable String gifctEntity, @Nullable String tcapGroup,
    @Nullable Double slant, LabelSource labelSource, @Nullable Double modelScore,
    List<String> annotatorIds) {

  /** Copies the annotator list. */
  public Item {
    annotatorIds = List.copyOf(annotatorIds);
  }
}
