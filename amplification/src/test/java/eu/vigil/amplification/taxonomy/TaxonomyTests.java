package eu.vigil.amplification.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R11 of spec §6.5 and the §3.4 mapping rule. */
class TaxonomyTests {

  @ParameterizedTest
  @EnumSource(LabelCode.class)
  void everyLabelCodeMapsToExactlyOneCurrentDsaCategory(LabelCode code) {
    DsaClassification c = Taxonomy.dsaClassification(code);
    assertThat(c.category().legacy()).isFalse();
    assertThat(c.keyword().category() == null || c.keyword().category() == c.category()).isTrue();
    assertThat(LabelCode.parse(code.code())).isEqualTo(code);
  }

  @Test
  void tve1IsRiskForPublicSecurityWithTerroristContentKeyword() {
    DsaClassification c = Taxonomy.dsaClassification(LabelCode.TVE_1);
    assertThat(c.category().apiName()).isEqualTo("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY");
    assertThat(c.keyword().apiName()).isEqualTo("KEYWORD_TERRORIST_CONTENT");
    assertThat(Taxonomy.carriesEntity(LabelCode.TVE_1)).isTrue();
    assertThat(Taxonomy.gifctScopes(LabelCode.TVE_1)).contains(GifctScope.TCAP_URL);
  }

  @Test
  void followsTheSpecMappingRule() {
    assertThat(Taxonomy.dsaClassification(LabelCode.TVE_2).category()).isEqualTo(DsaCategory.RISK_FOR_PUBLIC_SECURITY);
    assertThat(Taxonomy.dsaClassification(LabelCode.TVE_3).keyword()).isEqualTo(DsaKeyword.TERRORIST_CONTENT);
    assertThat(Taxonomy.dsaClassification(LabelCode.BL_2).keyword()).isEqualTo(DsaKeyword.INCITEMENT_VIOLENCE_HATRED);
    assertThat(Taxonomy.dsaClassification(LabelCode.BL_3).category()).isEqualTo(DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH);
    assertThat(Taxonomy.dsaClassification(LabelCode.BL_4).keyword()).isEqualTo(DsaKeyword.MISINFORMATION_DISINFORMATION);
    for (LabelCode c : EnumSet.of(LabelCode.BL_1, LabelCode.BL_5, LabelCode.BL_6)) {
      DsaClassification d = Taxonomy.dsaClassification(c);
      assertThat(d.category()).isEqualTo(DsaCategory.OTHER_VIOLATION_TC);
      assertThat(d.specification()).isNotBlank();
    }
    assertThat(Taxonomy.defaultHarmfulSet()).doesNotContain(LabelCode.CTX, LabelCode.NEU).hasSize(9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
      "STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR", "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
      "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS", "Pornography or sexualized content",
      "Non-consensual behaviour", "Scope of platform service", "Unsafe and/or illegal products"})
  void legacyCategoryStringsParseAsLegacy(String text) {
    assertThat(DsaCategory.parse(text).legacy()).isTrue();
  }

  @Test
  void legacyRenamesPointToTheir2025Successors() {
    assertThat(DsaCategory.parse("STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE").successor())
        .isEqualTo(DsaCategory.OTHER_VIOLATION_TC);
    assertThat(DsaCategory.parse("risk for public security")).isEqualTo(DsaCategory.RISK_FOR_PUBLIC_SECURITY);
    assertThat(DsaCategory.parse("VIOLENCE")).isEqualTo(DsaCategory.VIOLENCE);
  }

  @Test
  void unknownValuesAreRejectedWithTheValueInTheMessage() {
    assertThatThrownBy(() -> DsaCategory.parse("STATEMENT_CATEGORY_NONSENSE")).isInstanceOf(UnknownLabelException.class)
        .hasMessageContaining("STATEMENT_CATEGORY_NONSENSE");
    assertThatThrownBy(() -> LabelCode.parse("BL-9")).hasMessageContaining("BL-9");
    assertThat(LabelCode.parse(" tve_1 ")).isEqualTo(LabelCode.TVE_1);
  }
}
