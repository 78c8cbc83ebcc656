package eu.vigil.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may change a provider's register entry (R29), every combination, without a database. */
class EntryEditingTests {

    @ParameterizedTest(name = "own={0} platform={1} hasAdministrator={2} → {3}")
    @CsvSource({
            "true,  false, true,  OWN_ADMINISTRATOR",
            "true,  false, false, OWN_ADMINISTRATOR",
            "false, true,  false, ONBOARDING",
            "false, true,  true,  PROVIDER_HAS_ITS_OWN_ADMINISTRATOR",
            "false, false, false, NOT_ITS_ADMINISTRATOR",
            "false, false, true,  NOT_ITS_ADMINISTRATOR" })
    void decidesOnTheGroundTheLawAllows(boolean own, boolean platform, boolean hasAdministrator, String expected) {
        EntryEditing editing = EntryEditing.decide(own, platform, hasAdministrator);
        String name = switch (editing) {
            case EntryEditing.Allowed a -> a.ground().name();
            case EntryEditing.Refused r -> r.reason().name();
        };
        assertThat(name).isEqualTo(expected);
        assertThat(editing.allowed()).isEqualTo(editing instanceof EntryEditing.Allowed);
    }
}
