package eu.vigil.installation;

/**
 * Why an installation exists, recorded once when it first starts on an empty database. A database without a
 * recorded purpose is a real one: it holds the real work of authorities and providers and keeps real time.
 */
public enum InstallationPurpose {
    /** Started empty by {@code ./vigil demo}: fictional data seeded by the server. */
    DEMO,
    /** Started empty with {@code vigil.installation.purpose=EXERCISE}: a training or exercise run. */
    EXERCISE
}
