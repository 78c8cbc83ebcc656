package eu.vigil.bank;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Matches of an uploaded image, hashed on the server; the image itself is not kept.
 *
 * @param pdq       the image's PDQ hash
 * @param quality   its PDQ quality (below 50 the hash is not useful and is not matched)
 * @param outcomes  one outcome each for PDQ (when useful), MD5 and SHA-256 of the bytes
 * @param thumbnail a small copy for the match-test page, null when not asked for or not readable by ImageIO;
 *                  never part of the API's answer
 */
public record ImageMatch(String pdq, int quality, String md5, String sha256, List<MatchOutcome> outcomes,
        @JsonIgnore Thumbnail thumbnail) {

    public ImageMatch {
        outcomes = List.copyOf(outcomes);
    }
}
