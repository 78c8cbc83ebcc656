package eu.vigil.notice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.crimearea.CrimeArea;

/**
 * One entry of the Commission's list of trusted flaggers (DSA Art. 22(5)).
 *
 * @param id             its id on Vigil (a new one at every import)
 * @param name           the entity's name as the list gives it
 * @param memberState    ISO code of the Member State whose Digital Services Coordinator awarded the status
 * @param areas          crime areas of its expertise (every category of an area counts)
 * @param categories     single content categories of its expertise, beyond its areas
 * @param organisationId the organisation on Vigil that is this flagger, or null (then its name is compared)
 * @param status         awarded, suspended or revoked (Art. 22(6)–(7))
 * @param statusDate     when the status was awarded or last changed
 */
public record TrustedFlagger(UUID id, String name, String memberState, Set<CrimeArea> areas,
        Set<ContentCategory> categories, UUID organisationId, Status status, LocalDate statusDate) {

    public TrustedFlagger {
        areas = Set.copyOf(areas);
        categories = Set.copyOf(categories);
    }

    /** The status a Digital Services Coordinator gave. */
    public enum Status {
        /** Awarded and in force: notices within its expertise get priority. */
        AWARDED,
        /** Suspended during an investigation (Art. 22(6)): no priority meanwhile. */
        SUSPENDED,
        /** Revoked (Art. 22(7)): no priority. */
        REVOKED
    }

    /** Whether a notice of {@code category} lies within its areas of expertise. */
    public boolean expertIn(ContentCategory category) {
        return categories.contains(category) || areas.contains(category.area());
    }

    /** Its areas of expertise in words, areas first, for people. */
    public String expertise() {
        return java.util.stream.Stream.concat(areas.stream().sorted().map(CrimeArea::title),
                categories.stream().sorted(Comparator.naturalOrder()).map(ContentCategory::title))
                .collect(Collectors.joining("; "));
    }

    /** Its areas and categories as names, for files and the API. */
    public List<String> expertiseNames() {
        return java.util.stream.Stream.concat(areas.stream().sorted().map(CrimeArea::name),
                categories.stream().sorted().map(ContentCategory::name)).toList();
    }

    /**
     * Whether a notice of {@code category} from this flagger is prioritised, and why (Art. 22(1): notices submitted
     * by trusted flaggers <em>acting within their designated area of expertise</em>).
     */
    public Priority assess(ContentCategory category) {
        if (status != Status.AWARDED) {
            return new Priority(false, "Listed trusted flagger " + name + " (" + memberState + "), but its status is "
                    + status.name().toLowerCase() + " since " + statusDate + ": not prioritised.", name);
        }
        if (!expertIn(category)) {
            return new Priority(false, "Listed trusted flagger " + name + " (" + memberState + "), but \""
                    + category.title() + "\" lies outside its areas of expertise (" + expertise()
                    + "): not prioritised.", name);
        }
        return new Priority(true, "Trusted flagger " + name + ", status awarded by the Digital Services Coordinator of "
                + memberState + "; \"" + category.title() + "\" lies within its areas of expertise: prioritised "
                + "(DSA Art. 22(1)).", name);
    }
}
