package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.shared.Forbidden;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Issue 12 point 5: a person's language and time zone are stored, applied from the next request on, survive a new
 * session, beat the browser's zone cookie, and are theirs alone.
 */
class PreferencesIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    Preferences preferences;

    private Tenant germanOfficer() {
        return withUserAndToken(OrderFixture.authority(authorities, organisations, "DE", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1))), "prefs." + UUID.randomUUID().toString().substring(0, 8));
    }

    private String footer(String zone) {
        return zone + " (UTC" + DateTimeFormatter.ofPattern("xxx").format(clock.instant().atZone(ZoneId.of(zone)))
                + ")";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Http as(Http http, String username) {
        http.login(username, PASSWORD);
        return http;
    }

    @Test
    void theChosenLanguageAndZoneApplyFromTheNextRequestAndInTheNextSession() {
        Tenant officer = germanOfficer();
        Http page = as(http(), officer.username());
        String before = page.get("/orders").body();
        assertThat(before).contains("lang=\"en\"").contains("Times in " + footer("Europe/Berlin"))
                .as("the day filters name their zone").contains("Days in " + footer("Europe/Berlin"));

        var switched = page.postForm("/orders", "/account/preferences", "language=de&returnTo=" + enc("/orders?scope=mine"));
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.location()).endsWith("/orders?scope=mine");
        assertThat(page.get("/orders?scope=mine").body()).contains("lang=\"de\"")
                .contains("Zeiten in " + footer("Europe/Berlin")).contains("Tage in " + footer("Europe/Berlin"));

        var zoned = page.postForm("/account/preferences", "/account/preferences", "timeZone=Europe/Lisbon");
        assertThat(zoned.status()).isEqualTo(302);
        assertThat(page.follow(zoned).body()).contains("Zeiten in " + footer("Europe/Lisbon"))
                .as("the language stays as chosen").contains("lang=\"de\"");
        assertThat(preferences.of(users.findByUsername(officer.username()).orElseThrow().id()))
                .isEqualTo(new Preference("de", ZoneId.of("Europe/Lisbon")));

        Http again = as(http().header("Cookie", "tz=Asia%2FTokyo"), officer.username());
        assertThat(again.get("/").body()).as("a new session, and the browser's zone does not override the choice")
                .contains("lang=\"de\"").contains("Zeiten in " + footer("Europe/Lisbon")).doesNotContain("Asia/Tokyo");

        page.postForm("/account/preferences", "/account/preferences", "language=&timeZone=");
        assertThat(page.get("/").body()).as("back to the browser's language and the Member State's zone")
                .contains("lang=\"en\"").contains("Times in " + footer("Europe/Berlin"));
    }

    @Test
    void beforeLoginTheBrowsersZoneAndLanguageApplyAndUtcReadsUtc() {
        assertThat(http().header("Cookie", "tz=Europe%2FParis").header("Accept-Language", "fr").get("/login").body())
                .contains("lang=\"fr\"").contains("Heures en " + footer("Europe/Paris"));
        assertThat(http().get("/login").body()).contains("Times in UTC").doesNotContain("Times in Z");
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Prefs Europol");
        assertThat(as(http(), europol.username()).get("/").body()).as("no Member State, no cookie")
                .contains("Times in UTC ·");
    }

    @Test
    void aRefusedChoiceIsShownAtItsFieldByItsLabel() {
        Tenant officer = germanOfficer();
        Http page = as(http(), officer.username());
        var refused = page.postForm("/orders", "/account/preferences", "language=it&returnTo=/orders");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/account/preferences");
        String shown = page.follow(refused).body();
        assertThat(shown).contains("<a href=\"#pref-language\">Language</a>")
                .contains("choose English, French or German").contains("id=\"pref-language-error\"")
                .doesNotContain(">language<");
        String zone = page.follow(page.postForm("/account/preferences", "/account/preferences",
                "timeZone=" + enc("America/New_York"))).body();
        assertThat(zone).contains("<a href=\"#pref-zone\">Time zone</a>").contains("choose a time zone from the list");
        assertThat(preferences.of(users.findByUsername(officer.username()).orElseThrow().id()))
                .isEqualTo(Preference.NONE);
    }

    @Test
    void theSwitcherReturnsOnlyToPagesOfThisSite() {
        Http page = as(http(), germanOfficer().username());
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            var r = page.postForm("/", "/account/preferences", "language=fr&returnTo=" + enc(elsewhere));
            assertThat(r.location()).as(elsewhere).endsWith("/account/preferences?saved").doesNotContain("evil");
        }
    }

    @Test
    void eachPersonChangesOnlyTheirOwnPreferences() {
        Tenant anna = germanOfficer();
        Tenant bruno = germanOfficer();
        Http annaPage = as(http(), anna.username());
        Http brunoPage = as(http(), bruno.username());
        annaPage.postForm("/", "/account/preferences", "language=de");
        brunoPage.postForm("/", "/account/preferences", "language=fr&timeZone=Europe/Paris");
        assertThat(annaPage.get("/").body()).contains("lang=\"de\"").contains(footer("Europe/Berlin"));
        assertThat(brunoPage.get("/").body()).contains("lang=\"fr\"").contains(footer("Europe/Paris"));

        UserId annasId = users.findByUsername(anna.username()).orElseThrow().id();
        assertThatThrownBy(() -> preferences.change(bruno.admin(), annasId, "fr", "Europe/Paris"))
                .isInstanceOf(Forbidden.class);
        assertThat(preferences.of(annasId)).isEqualTo(new Preference("de", null));
        assertThat(http().bearer(anna.token()).post("/account/preferences", "application/x-www-form-urlencoded",
                "language=fr").status()).as("a machine credential has no preferences").isIn(401, 403);
        assertThat(preferences.of(annasId)).isEqualTo(new Preference("de", null));
    }
}
