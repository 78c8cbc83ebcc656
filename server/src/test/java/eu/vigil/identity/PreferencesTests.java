package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.MemberStateZones;

/** Issue 12 point 5: which zone a person reads times in, and which choices are refused before anything is stored. */
class PreferencesTests {

    /** Refusals happen before the store is read, so none is needed. */
    private final Preferences preferences = new Preferences(null, Clock.systemUTC());

    private static Actor person(UUID id, String memberState) {
        return new Actor(id, "anna", "Anna", Credential.PASSWORD, new OrganisationId(UUID.randomUUID()), "BKA",
                OrganisationKind.COMPETENT_AUTHORITY, memberState, Set.of(Role.VIEWER));
    }

    @Test
    void withoutAChoiceThePersonReadsTheTimeOfTheirOrganisationsMemberState() {
        assertThat(Preferences.zoneFor(Preference.NONE, "DE")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(Preferences.zoneFor(Preference.NONE, "ie")).contains(ZoneId.of("Europe/Dublin"));
        assertThat(Preferences.zoneFor(Preference.NONE, "CY")).contains(ZoneId.of("Asia/Nicosia"));
        assertThat(Preferences.zoneFor(Preference.NONE, "EL")).contains(ZoneId.of("Europe/Athens"));
        assertThat(Preferences.zoneFor(Preference.NONE, null)).as("Europol, the Commission, non-EU providers")
                .isEmpty();
    }

    @Test
    void anExplicitChoiceWinsOverTheMemberState() {
        assertThat(Preferences.zoneFor(new Preference("de", ZoneId.of("Europe/Lisbon")), "DE"))
                .contains(ZoneId.of("Europe/Lisbon"));
        assertThat(Preferences.zoneFor(new Preference(null, MemberStateZones.UTC), null)).contains(MemberStateZones.UTC);
    }

    @Test
    void everyCapitalsZoneAndUtcAreOffered() {
        for (String ms : new String[] {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR",
                "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}) {
            ZoneId zone = MemberStateZones.of(ms).orElseThrow();
            assertThat(MemberStateZones.isOffered(zone)).as(ms).isTrue();
        }
        assertThat(MemberStateZones.offered()).contains(MemberStateZones.UTC).doesNotHaveDuplicates();
        assertThat(MemberStateZones.isOffered(ZoneId.of("America/New_York"))).isFalse();
        assertThat(MemberStateZones.of("US")).isEmpty();
    }

    @Test
    void anUnknownLanguageIsRefusedByItsField() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> preferences.change(person(id, "DE"), new UserId(id), "it", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(new InvalidInput.FieldError("language", "choose English, French or German")));
    }

    @Test
    void anUnknownOrUnofferedZoneIsRefusedByItsField() {
        UUID id = UUID.randomUUID();
        for (String zone : new String[] {"Mars/Olympus", "America/New_York", "+02:00"}) {
            assertThatThrownBy(() -> preferences.change(person(id, "DE"), new UserId(id), null, zone)).as(zone)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsExactly(
                            new InvalidInput.FieldError("timeZone", "choose a time zone from the list")));
        }
    }

    @Test
    void nobodyChangesAnotherPersonsPreferences() {
        UUID me = UUID.randomUUID();
        assertThatThrownBy(() -> preferences.change(person(me, "DE"), new UserId(UUID.randomUUID()), "de", null))
                .isInstanceOf(Forbidden.class);
        Actor token = new Actor(me, "token", "token", Credential.API_TOKEN, new OrganisationId(UUID.randomUUID()),
                "BKA", OrganisationKind.COMPETENT_AUTHORITY, "DE", Set.of(Role.ADMIN));
        assertThatThrownBy(() -> preferences.change(token, new UserId(me), "de", null)).isInstanceOf(Forbidden.class);
    }
}
