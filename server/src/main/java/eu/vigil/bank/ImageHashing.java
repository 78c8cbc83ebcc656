package eu.vigil.bank;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import eu.vigil.hashing.ExactHashes;
import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.imageio.UnreadableImageException;
import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.hashing.pdq.PdqResult;
import eu.vigil.shared.Busy;
import eu.vigil.shared.InvalidInput;

/**
 * Decodes and hashes uploaded images as bounded work (ADR 0020): images with more pixels than
 * {@code vigil.match.max-image-pixels} are refused from their header before any pixel is decoded, and at most
 * {@code vigil.match.decode-permits} images (default: one less than the processors, at least one) are decoded at
 * once; a request that cannot get a permit within {@code vigil.match.decode-wait} is answered 503 with
 * {@code Retry-After}, so that image uploads cannot take all processors from order traffic.
 */
@Component
public class ImageHashing {

    /**
     * The hashes of one image.
     *
     * @param thumbnail a small copy for the match-test page when asked for and ImageIO could read the image, else null
     */
    public record Hashes(PdqResult pdq, String md5, String sha256, Thumbnail thumbnail) {
    }

    private final ImageIoDecoder decoder;
    private final long maxPixels;
    private final int permits;
    private final Semaphore decoders;
    private final Duration wait;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    ImageHashing(@Value("${vigil.match.max-image-pixels:25000000}") long maxPixels,
            @Value("${vigil.match.decode-permits:0}") int permits,
            @Value("${vigil.match.decode-wait:2s}") Duration wait) {
        this.maxPixels = maxPixels;
        this.decoder = new ImageIoDecoder().withMaxPixels(maxPixels);
        this.permits = permits > 0 ? permits : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        this.decoders = new Semaphore(this.permits, true);
        this.wait = wait;
    }

    /**
     * Decodes and hashes an image within the limits.
     *
     * @throws InvalidInput when the bytes are not a readable image or the image has too many pixels
     * @throws Busy         when every decoder stayed in use for the configured wait
     */
    public Hashes hash(byte[] image) {
        return hash(image, false);
    }

    /**
     * As {@link #hash(byte[])}, and with {@code thumbnail} also a {@link Thumbnail} of at most {@link Thumbnail#SIDE}
     * pixels a side, made under the same decoder permit and pixel limit.
     */
    public Hashes hash(byte[] image, boolean thumbnail) {
        if (image == null || image.length == 0) {
            throw InvalidInput.of("image", "no image uploaded");
        }
        boolean acquired;
        try {
            acquired = decoders.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new Busy("all " + permits + " image decoders are in use (vigil.match.decode-permits); try again shortly",
                    Duration.ofSeconds(2));
        }
        int now = running.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
            PdqResult pdq = new PdqHasher().hash(decoder.decode(image));
            return new Hashes(pdq, ExactHashes.md5(image).toText(), ExactHashes.sha256(image).toText(),
                    thumbnail ? Thumbnail.of(image, Thumbnail.SIDE, maxPixels).orElse(null) : null);
        } catch (UnreadableImageException e) {
            String message = e.getMessage();
            throw InvalidInput.of("image", "the image could not be read: " + message
                    + (message != null && message.contains("more than the limit")
                            ? " pixels (vigil.match.max-image-pixels = " + maxPixels + ")" : ""));
        } finally {
            running.decrementAndGet();
            decoders.release();
        }
    }

    /** Number of images that may be decoded at once. */
    public int permits() {
        return permits;
    }

    /** Most images decoded at once since start (for monitoring and tests). */
    public int peakConcurrency() {
        return peak.get();
    }
}
