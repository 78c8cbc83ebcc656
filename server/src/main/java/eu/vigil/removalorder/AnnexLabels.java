package eu.vigil.removalorder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels of the Annex forms in the 24 official languages of the Union, from
 * {@code annex/annex_<lang>.properties} (UTF-8). English is complete; a label a language's file does not hold is
 * given in English and {@linkplain Label#fallback() marked} as such, so that a document never shows a raw key.
 */
public final class AnnexLabels {

    /** The official languages of the Union (ISO 639-1), in the order of the Official Journal. */
    public static final List<String> LANGUAGES = List.of("bg", "es", "cs", "da", "de", "et", "el", "en", "fr", "ga",
            "hr", "it", "lv", "lt", "hu", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "fi", "sv");

    private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Properties own;
    private final Properties english;

    private AnnexLabels(String language) {
        this.language = language;
        this.own = load(language);
        this.english = load("en");
    }

    /** The labels in {@code language}; a language without a file has every label in English, marked. */
    public static AnnexLabels of(String language) {
        String lang = language == null ? "en" : language.strip().toLowerCase(Locale.ROOT);
        return new AnnexLabels(LANGUAGES.contains(lang) ? lang : "en");
    }

    private static Properties load(String language) {
        return LOADED.computeIfAbsent(language, l -> {
            Properties p = new Properties();
            try (InputStream in = AnnexLabels.class.getResourceAsStream("/annex/annex_" + l + ".properties")) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the Annex labels for " + l, e);
            }
            return p;
        });
    }

    /** The language of these labels. */
    public String language() {
        return language;
    }

    /** The locale for dates and country names. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The language's name in itself, e.g. "Deutsch". */
    public String languageName() {
        String name = locale().getDisplayLanguage(locale());
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
    }

    /**
     * The label {@code key} with {@code args} put in for {0}, {1}, … (no quoting rules), in this language or else in English.
     *
     * @throws IllegalStateException when not even English has it (a programming error, never a raw key)
     */
    public Label get(String key, Object... args) {
        String text = own.getProperty(key);
        boolean fallback = text == null;
        if (fallback) {
            text = english.getProperty(key);
            if (text == null) {
                throw new IllegalStateException("no Annex label " + key);
            }
        }
        if (args.length > 0) {
            for (int i = 0; i < args.length; i++) {
                text = text.replace("{" + i + "}", String.valueOf(args[i]));
            }
        }
        return new Label(text, fallback && !language.equals("en"));
    }

    /** Whether this language's own file holds {@code key}. */
    public boolean has(String key) {
        return own.containsKey(key);
    }

    /**
     * A label's text.
     *
     * @param text     the text
     * @param fallback given in English because the language lacks it
     */
    public record Label(String text, boolean fallback) {
    }
}
