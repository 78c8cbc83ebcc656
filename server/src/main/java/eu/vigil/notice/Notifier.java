package eu.vigil.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.shared.Violations;

/**
 * Who notified (Art. 16(2)(c)): the name and e-mail address of the person or body submitting the notice. Either may
 * be waived — left out on purpose — only when the notice concerns child sexual abuse offences (Arts. 3 to 7 of
 * Directive 2011/93/EU, {@link ContentCategory#notifierMayStayAnonymous()}).
 *
 * @param name  the notifier's name, null when waived
 * @param email the notifier's e-mail address, null when waived
 */
public record Notifier(String name, String email) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Whether the notifier stays anonymous in part or in whole. */
    public boolean waived() {
        return name == null || email == null;
    }

    /** Whether receipt can be acknowledged (Art. 16(4): when contact details exist). */
    public boolean reachable() {
        return email != null;
    }

    /**
     * The notifier of a notice of {@code category}.
     *
     * @param waiver whether the notifier asks to leave out what it left empty
     * @throws eu.vigil.shared.RuleViolation {@link NoticeRefusal#WAIVER_NOT_ALLOWED} naming the waived fields
     *                                       ({@code notifierName}, {@code notifierEmail}) when the category is not
     *                                       child sexual abuse
     * @throws eu.vigil.shared.InvalidInput  naming the field when one is missing without a waiver, or an e-mail is
     *                                       not one
     */
    public static Notifier of(String name, String email, boolean waiver, ContentCategory category) {
        String n = blank(name) ? null : name.strip();
        String e = blank(email) ? null : email.strip();
        Violations v = new Violations();
        v.check(e != null && !EMAIL.matcher(e).matches(), "notifierEmail", "an e-mail address, e.g. name@example.org");
        List<String> missing = new ArrayList<>();
        if (n == null) {
            missing.add("notifierName");
        }
        if (e == null) {
            missing.add("notifierEmail");
        }
        if (!missing.isEmpty() && waiver) {
            if (category == null || !category.notifierMayStayAnonymous()) {
                throw NoticeRefusal.WAIVER_NOT_ALLOWED.violation(missing);
            }
        } else {
            missing.forEach(f -> v.add(f, f.equals("notifierName") ? "the notifier's name (DSA Art. 16(2)(c))"
                    : "the notifier's e-mail address (DSA Art. 16(2)(c))"));
        }
        v.throwIfPresent();
        return new Notifier(n, e);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
