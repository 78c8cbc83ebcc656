package eu.vigil.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import eu.vigil.client.ApiModel.MatchHit;
import eu.vigil.client.ApiModel.MatchOutcome;
import eu.vigil.hashing.ExactHash;
import eu.vigil.hashing.ExactHashes;
import eu.vigil.hashing.Signal;
import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.imageio.UnreadableImageException;
import eu.vigil.hashing.pdq.DihedralHashes;
import eu.vigil.hashing.pdq.Luma;
import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.hashing.pdq.PdqResult;

/**
 * Matches content on the device, before it is end-to-end encrypted: hashes the bytes locally (MD5, SHA-256 and,
 * for a decodable image, PDQ), asks the local {@link OnDeviceFilter}, and only when the filter says "maybe" sends
 * the candidate hashes (never the content, never the hashes of content the filter rules out) to the
 * {@link Confirmer}. Content the filter rules out causes no network traffic at all. Thread-safe.
 */
public final class OnDeviceMatcher {

    /** What a check found. */
    public enum Verdict {
        /** The filter ruled the content out; nothing left the device. */
        NO_MATCH,
        /** The filter said "maybe" and the confirmer found no match (a filter false positive). */
        NOT_CONFIRMED,
        /** Confirmed match. */
        MATCH
    }

    /**
     * The result of a check.
     *
     * @param verdict   what was found
     * @param pdq       the local PDQ hash and quality, or null when the bytes are no decodable image
     * @param sent      the candidate hashes sent for confirmation (empty for {@code NO_MATCH})
     * @param matches   the confirmed matches
     */
    public record Result(Verdict verdict, PdqResult pdq, List<Signal> sent, List<MatchHit> matches) {
        public Result {
            sent = List.copyOf(sent);
            matches = List.copyOf(matches);
        }

        public boolean matched() {
            return verdict == Verdict.MATCH;
        }
    }

    private final OnDeviceFilter filter;
    private final Confirmer confirmer;
    private final ImageIoDecoder decoder;
    private final ThreadLocal<PdqHasher> hasher = ThreadLocal.withInitial(PdqHasher::new);

    public OnDeviceMatcher(OnDeviceFilter filter, Confirmer confirmer) {
        this(filter, confirmer, new ImageIoDecoder());
    }

    public OnDeviceMatcher(OnDeviceFilter filter, Confirmer confirmer, ImageIoDecoder decoder) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** Checks content. PDQ hashes of quality below 50 are not used (as upstream), the exact hashes always are. */
    public Result check(byte[] imageBytes) {
        return check(imageBytes, false);
    }

    /**
     * As {@link #check}, but also finds rotated and mirrored copies: the filter is probed with the PDQ hashes of all
     * eight rotations and mirrorings of the image (computed from one DCT). Costs eight times the probes and has eight
     * times the false-positive rate of {@link #check} (ADR 0014); a candidate is confirmed like any other.
     */
    public Result checkAllOrientations(byte[] imageBytes) {
        return check(imageBytes, true);
    }

    private Result check(byte[] imageBytes, boolean allOrientations) {
        Objects.requireNonNull(imageBytes, "imageBytes");
        List<Signal> candidates = new ArrayList<>(3);
        PdqResult pdq = null;
        try {
            Luma luma = decoder.decodeLuma(imageBytes);
            if (allOrientations) {
                DihedralHashes all = hasher.get().hashDihedral(luma);
                pdq = all.original();
                if (pdq.isUseful()) {
                    all.hashes().stream().distinct().filter(filter::mayContain).forEach(candidates::add);
                }
            } else {
                pdq = hasher.get().hash(luma);
                if (pdq.isUseful() && filter.mayContain(pdq.hash())) {
                    candidates.add(pdq.hash());
                }
            }
        } catch (UnreadableImageException notAnImage) {
            // exact hashes only
        }
        for (ExactHash e : List.of(ExactHashes.md5(imageBytes), ExactHashes.sha256(imageBytes))) {
            if (filter.mayContain(e)) {
                candidates.add(e);
            }
        }
        if (candidates.isEmpty()) {
            return new Result(Verdict.NO_MATCH, pdq, List.of(), List.of());
        }
        List<MatchHit> hits = new ArrayList<>();
        for (MatchOutcome o : confirmer.confirm(List.copyOf(candidates))) {
            hits.addAll(o.matches());
        }
        return new Result(hits.isEmpty() ? Verdict.NOT_CONFIRMED : Verdict.MATCH, pdq, candidates, hits);
    }
}
