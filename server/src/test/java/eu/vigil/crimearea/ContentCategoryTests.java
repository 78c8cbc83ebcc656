package eu.vigil.crimearea;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import eu.vigil.amplification.taxonomy.DsaCategory;
import eu.vigil.amplification.taxonomy.DsaKeyword;

class ContentCategoryTests {

    @Test
    void everyCrimeAreaHasCategories() {
        for (CrimeArea area : CrimeArea.values()) {
            assertThat(area.categories()).as(area.name()).isNotEmpty();
            assertThat(CrimeArea.named(area.slug())).contains(area);
        }
    }

    @Test
    void categoriesMapToTheTransparencyDatabaseAsTheSpecificationSays() {
        assertThat(ContentCategory.TERRORIST_PROPAGANDA.dsa().category()).isEqualTo(DsaCategory.RISK_FOR_PUBLIC_SECURITY);
        assertThat(ContentCategory.TERRORIST_PROPAGANDA.dsa().keyword()).isEqualTo(DsaKeyword.TERRORIST_CONTENT);
        assertThat(ContentCategory.EXPLOITATION_ADVERTISEMENT.dsa().keyword().apiName()).isEqualTo("KEYWORD_HUMAN_TRAFFICKING");
        assertThat(ContentCategory.EXPLOITATION_ADVERTISEMENT.dsa().category()).isEqualTo(DsaCategory.VIOLENCE);
        assertThat(ContentCategory.DRUG_SALE_OFFER.dsa().keyword().apiName()).isEqualTo("KEYWORD_PROHIBITED_PRODUCTS");
        assertThat(ContentCategory.DRUG_SALE_OFFER.dsa().category()).isEqualTo(DsaCategory.UNSAFE_AND_PROHIBITED_PRODUCTS);
        assertThat(ContentCategory.CHILD_SEXUAL_ABUSE_MATERIAL.dsa().category()).isEqualTo(DsaCategory.PROTECTION_OF_MINORS);
        assertThat(ContentCategory.SMUGGLING_OFFER.dsa().keyword()).isEqualTo(DsaKeyword.OTHER);
        assertThat(ContentCategory.SMUGGLING_OFFER.dsa().specification()).isEqualTo("Migrant smuggling");
    }

    @Test
    void onlyChildSexualAbuseCategoriesWaiveTheNotifiersContactDetails() {
        for (ContentCategory c : ContentCategory.values()) {
            assertThat(c.notifierMayStayAnonymous()).as(c.name()).isEqualTo(c.area() == CrimeArea.CHILD_SEXUAL_ABUSE);
        }
    }
}
