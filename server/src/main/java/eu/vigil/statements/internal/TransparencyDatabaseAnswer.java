package eu.vigil.statements.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the DSA Transparency Database's answer to {@code POST /api/v1/statements} means for each statement of the
 * batch, and when a statement is tried again (R47). Only {@code 201 Created} stores anything: then each statement's
 * {@code uuid} (and {@code permalink}) is read from the answer by {@code puid}. A {@code 422} stores nothing: a
 * statement named in {@code existing} is already in the database (sent before, its answer lost) and counts as stored
 * with that uuid; a statement with errors on its own fields is refused with those errors, for a person to fix; the
 * others were refused for the company they were in and are sent again at once. Every other answer, and no answer
 * (timeout, connection refused), stores nothing and the whole batch is tried again later, with
 * {@link #backoff(int) exponential backoff}. No database, no clock: a model of the contract only.
 */
public final class TransparencyDatabaseAnswer {

    /** First retry after a failed attempt. */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    /** Longest wait between attempts. */
    public static final Duration MAX_RETRY = Duration.ofHours(1);
    private static final int MAX_ERROR = 2000;
    private static final Pattern INDEXED = Pattern.compile("^statements\\.(\\d+)(?:\\.(.+))?$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TransparencyDatabaseAnswer() {
    }

    /** What happens to one statement after an answer. */
    public sealed interface Outcome {
    }

    /**
     * The database holds the statement.
     *
     * @param uuid      its uuid in the database
     * @param id        its numeric id there, if given
     * @param permalink its public page, if given
     * @param duplicate whether this came from a duplicate-{@code puid} answer (it was stored by an earlier attempt)
     */
    public record Stored(String uuid, String id, String permalink, boolean duplicate) implements Outcome {
    }

    /** The database refused the statement's own fields; a person must fix it. */
    public record Refused(String errors) implements Outcome {
    }

    /** Not stored because another statement of the batch was refused: send again now, without waiting. */
    public record Resend() implements Outcome {
    }

    /** Not stored: try again after the backoff. */
    public record Failed(String error) implements Outcome {
    }

    /**
     * The outcome of each statement of a batch.
     *
     * @param status  the HTTP status, null when no answer came
     * @param body    the answer's body (may be null or not JSON)
     * @param failure why no answer came (timeout, connection refused), when {@code status} is null
     * @param puids   the batch's statements in the order sent
     * @return an outcome for every puid, in the batch's order
     */
    public static Map<String, Outcome> read(Integer status, String body, String failure, List<String> puids) {
        Map<String, Outcome> result = new LinkedHashMap<>();
        if (status == null) {
            puids.forEach(p -> result.put(p, new Failed(clip("no answer: " + (failure == null ? "unknown" : failure)))));
            return result;
        }
        Object json = parse(body);
        if (status == 201) {
            Map<String, Map<?, ?>> stored = new LinkedHashMap<>();
            Object list = json instanceof Map<?, ?> m ? m.get("statements") : json;
            if (list instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> s && s.get("puid") != null) {
                        stored.put(String.valueOf(s.get("puid")), s);
                    }
                }
            }
            for (String p : puids) {
                Map<?, ?> s = stored.get(p);
                result.put(p, s != null && text(s.get("uuid")) != null
                        ? new Stored(text(s.get("uuid")), text(s.get("id")), text(s.get("permalink")), false)
                        : new Failed("201 Created without a uuid for this puid: sent again, the database's duplicate"
                                + " answer will give it"));
            }
            return result;
        }
        if (status == 422 && json instanceof Map<?, ?> answer) {
            return unprocessable(answer, puids);
        }
        String why = switch (status) {
            case 401, 403 -> "the database refused the API token (check the connection)";
            case 429 -> "too many requests";
            default -> status >= 500 ? "the database is unavailable"
                    : "only 201 Created means the statements are stored";
        };
        String message = json instanceof Map<?, ?> m && text(m.get("message")) != null ? ": " + text(m.get("message")) : "";
        puids.forEach(p -> result.put(p, new Failed(clip("HTTP " + status + ": " + why + message))));
        return result;
    }

    private static Map<String, Outcome> unprocessable(Map<?, ?> answer, List<String> puids) {
        Map<String, Map<?, ?>> existing = new LinkedHashMap<>();
        Object ex = answer.get("existing");
        for (Object e : ex instanceof List<?> l ? l : ex == null ? List.of() : List.of(ex)) {
            if (e instanceof Map<?, ?> m && m.get("puid") != null && text(m.get("uuid")) != null) {
                existing.put(String.valueOf(m.get("puid")), m);
            }
        }
        Map<Integer, Map<String, List<String>>> byStatement = new TreeMap<>();
        List<String> unattributed = new ArrayList<>();
        if (answer.get("errors") instanceof Map<?, ?> errors) {
            errors.forEach((key, messages) -> {
                Matcher m = INDEXED.matcher(String.valueOf(key));
                int index = m.matches() ? Integer.parseInt(m.group(1)) : puids.size() == 1 ? 0 : -1;
                String field = m.matches() ? (m.group(2) == null ? "statement" : m.group(2)) : String.valueOf(key);
                List<String> texts = messages instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(messages));
                if (index >= 0 && index < puids.size()) {
                    byStatement.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(field, texts);
                } else {
                    unattributed.add(key + ": " + String.join(" ", texts));
                }
            });
        }
        Map<String, Outcome> result = new LinkedHashMap<>();
        boolean attributable = !byStatement.isEmpty() || !existing.isEmpty();
        String message = text(answer.get("message"));
        for (int i = 0; i < puids.size(); i++) {
            String p = puids.get(i);
            Map<String, List<String>> own = byStatement.get(i);
            if (existing.containsKey(p)) {
                Map<?, ?> e = existing.get(p);
                result.put(p, new Stored(text(e.get("uuid")), text(e.get("id")), text(e.get("permalink")), true));
            } else if (own != null && !(own.keySet().equals(java.util.Set.of("puid")) && !existing.isEmpty())) {
                List<String> lines = new ArrayList<>();
                own.forEach((field, texts) -> lines.add(field + ": " + String.join(" ", texts)));
                result.put(p, new Refused(clip(String.join("; ", lines))));
            } else if (attributable) {
                // a duplicate without its existing object is resolved by the next attempt's answer
                result.put(p, new Resend());
            } else {
                result.put(p, new Failed(clip("HTTP 422 naming no statement of the batch: "
                        + (unattributed.isEmpty() ? String.valueOf(message) : String.join("; ", unattributed)))));
            }
        }
        return result;
    }

    /** Delay before the attempt after {@code attempts} failed ones: 30 s, 1 min, 2 min, … at most 1 hour. */
    public static Duration backoff(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration delay = FIRST_RETRY.multipliedBy(1L << exponent);
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    private static Object parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(body, Object.class);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String clip(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
