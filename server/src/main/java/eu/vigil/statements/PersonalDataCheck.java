package eu.vigil.statements;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Looks for personal data in the free-text fields of a statement of reasons before it may leave for the
 * public Transparency Database (R33): e-mail addresses, phone numbers, personal names (a title or a common
 * given name followed by a capitalised word, or an alias), social-media handles, IP addresses and URLs (which
 * often name an account). It is a screen, not a proof: anything it finds holds the statement for a person to
 * review, and a clean result does not make a text anonymous.
 */
public final class PersonalDataCheck {

    /** The fields of the database schema that take free text. */
    public static final List<String> FREE_TEXT_FIELDS = List.of("decision_facts", "illegal_content_legal_ground",
            "illegal_content_explanation", "incompatible_content_ground", "incompatible_content_explanation",
            "decision_visibility_other", "decision_monetary_other", "content_type_other", "category_specification_other",
            "source_identity");

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}0-9._%+-]+(?:@|\\s*[\\[(]\\s*at\\s*[\\])]\\s*)[\\p{L}0-9-]+(?:(?:\\.|\\s*[\\[(]\\s*dot\\s*[\\])]\\s*)[\\p{L}0-9-]+)*"
                    + "(?:\\.|\\s*[\\[(]\\s*dot\\s*[\\])]\\s*)\\p{L}{2,}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/.+-])(?:\\+|00)?\\(?\\d[\\d ().-]{5,22}\\d(?![\\w/])");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d{1,2}[.:]\\d{2}(?:[.:]\\d{2})?");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}0-9._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d.]*\\d)");
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\\w:])|(?<![\\w:])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*)?(?![\\w:])");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+";
    private static final Pattern TITLED = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|",
            "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Herr", "Frau", "Hr", "Monsieur", "Madame",
            "Mademoiselle", "M", "Mme", "Mlle", "Señor", "Señora", "Sr", "Sra", "Srta", "Don", "Doña", "Signor",
            "Signora", "Sig", "Sig\\.ra", "Dott", "Dhr", "Mevr", "Mevrouw", "Meneer", "Pan", "Pani", "Hr", "Fru",
            "Kommissar", "Kommissarin", "Inspector", "Inspecteur", "Officer", "Sheikh", "Imam", "Emir", "Abu", "Umm")
            + ")\\.?\\s+" + NAME);
    private static final Pattern ALIAS = Pattern.compile(
            "(?i:\\b(?:alias|a\\.k\\.a\\.|aka|genannt|dit|detto|known as|named|called|name:|nom\\s?:)\\s+)" + NAME);
    private static final Pattern CAPITALISED_PAIR = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+)(?=(\\s+(?:(?:van|von|de|der|da|di|del|la|le|al|el|bin|ibn)\\s+)?" + NAME + "))");
    private static final Set<String> GIVEN_NAMES = loadGivenNames();

    private PersonalDataCheck() {
    }

    /** Everything suspicious in the free-text fields of a statement payload, in field order. */
    public static List<PersonalDataFinding> check(Map<String, ?> payload) {
        List<PersonalDataFinding> findings = new ArrayList<>();
        for (String field : FREE_TEXT_FIELDS) {
            Object value = payload.get(field);
            if (value instanceof String text) {
                findings.addAll(check(field, text));
            } else if (value instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).forEach(t -> findings.addAll(check(field, (String) t)));
            }
        }
        return findings;
    }

    /** Everything suspicious in one text. */
    public static List<PersonalDataFinding> check(String field, String text) {
        List<PersonalDataFinding> out = new ArrayList<>();
        String rest = text;
        rest = collect(out, field, PersonalDataFinding.Kind.URL, URL, rest);
        rest = collect(out, field, PersonalDataFinding.Kind.EMAIL, EMAIL, rest);
        rest = collect(out, field, PersonalDataFinding.Kind.SOCIAL_HANDLE, HANDLE, rest);
        rest = collect(out, field, PersonalDataFinding.Kind.IP_ADDRESS, IPV4, rest);
        rest = collect(out, field, PersonalDataFinding.Kind.IP_ADDRESS, IPV6, rest);
        Matcher phone = PHONE.matcher(rest);
        while (phone.find()) {
            if (looksLikePhone(phone.group())) {
                out.add(new PersonalDataFinding(field, PersonalDataFinding.Kind.PHONE, phone.group().strip()));
            }
        }
        rest = collect(out, field, PersonalDataFinding.Kind.PERSONAL_NAME, TITLED, rest);
        rest = collect(out, field, PersonalDataFinding.Kind.PERSONAL_NAME, ALIAS, rest);
        Matcher pair = CAPITALISED_PAIR.matcher(rest);
        while (pair.find()) {
            if (GIVEN_NAMES.contains(pair.group(1).toLowerCase(java.util.Locale.ROOT))) {
                out.add(new PersonalDataFinding(field, PersonalDataFinding.Kind.PERSONAL_NAME, pair.group(1) + pair.group(2)));
            }
        }
        return out;
    }

    /** Records every match and blanks it out, so a later pattern does not report the same text again. */
    private static String collect(List<PersonalDataFinding> out, String field, PersonalDataFinding.Kind kind, Pattern pattern,
            String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder rest = new StringBuilder(text);
        while (m.find()) {
            out.add(new PersonalDataFinding(field, kind, m.group()));
            for (int i = m.start(); i < m.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return rest.toString();
    }

    /**
     * Eight to fifteen digits, not a date or time: with an international prefix, a national trunk "0", or digit
     * groups of two to four (as phone numbers are written), or one unbroken run.
     */
    private static boolean looksLikePhone(String candidate) {
        String s = candidate.strip();
        long digits = s.chars().filter(Character::isDigit).count();
        if (digits < 8 || digits > 15 || DATE.matcher(s).matches()) {
            return false;
        }
        if (s.startsWith("+") || s.startsWith("00") || s.startsWith("(") || s.startsWith("0")) {
            return true;
        }
        String[] groups = s.split("[ ().-]+");
        if (groups.length == 1) {
            return true;
        }
        for (String g : groups) {
            if (g.length() < 2 || g.length() > 4) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> loadGivenNames() {
        try (InputStream in = PersonalDataCheck.class.getResourceAsStream("given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("given-names.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read given-names.txt", e);
        }
    }
}
