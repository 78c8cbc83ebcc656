package eu.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import eu.vigil.testing.IntegrationTest;

/** Pages follow the browser's preferred official language where a bundle exists, else English. */
class LocalisationIntegrationTests extends IntegrationTest {

    @Test
    void loginPageSpeaksTheBrowsersLanguage() {
        assertThat(http().header("Accept-Language", "de-DE,de;q=0.9").get("/login").body())
                .contains("lang=\"de\"").contains("Bei Vigil anmelden");
        assertThat(http().header("Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5").get("/login").body())
                .contains("lang=\"fr\"");
        assertThat(http().header("Accept-Language", "ja").get("/login").body())
                .contains("lang=\"en\"").contains("Log in to Vigil");
    }
}
