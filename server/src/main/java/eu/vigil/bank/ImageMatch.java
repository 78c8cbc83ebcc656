package eu.vigil.bank;

import java.util.List;

/**
 * Matches of an uploaded image, hashed on the server; the image itself is not kept.
 *
 * @param pdq      the image's PDQ hash
 * @param quality  its PDQ quality (below 50 the hash is not useful and is not matched)
 * @param outcomes one outcome each for PDQ (when useful), MD5 and SHA-256 of the bytes
 */
public record ImageMatch(String pdq, int quality, String md5, String sha256, List<MatchOutcome> outcomes) {

    public ImageMatch {
        outcomes = List.copyOf(outcomes);
    }
}
