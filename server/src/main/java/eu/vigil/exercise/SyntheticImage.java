package eu.vigil.exercise;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * A synthetic "frame" for an inject, drawn deterministically from a seed: the same seed gives the same PNG bytes
 * and so the same hashes on every run and machine. It shows no real content, only shapes and the seed.
 */
public final class SyntheticImage {

    private SyntheticImage() {
    }

    /** A {@code width × height} PNG drawn from {@code seed}. */
    public static byte[] png(String seed, int width, int height) {
        long s = 1125899906842597L;
        for (byte b : seed.getBytes(StandardCharsets.UTF_8)) {
            s = 31 * s + b;
        }
        Random random = new Random(s);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(new Color(random.nextInt(0x1000000)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 14; i++) {
            g.setColor(new Color(random.nextInt(0x1000000)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int w = 10 + random.nextInt(Math.max(1, width / 2));
            int h = 10 + random.nextInt(Math.max(1, height / 2));
            if (random.nextBoolean()) {
                g.fillRect(x - w / 2, y - h / 2, w, h);
            } else {
                g.fillOval(x - w / 2, y - h / 2, w, h);
            }
        }
        g.setColor(Color.WHITE);
        g.fillRect(0, height - 6, width, 6); // no text: fonts differ between machines, the bytes must not
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
