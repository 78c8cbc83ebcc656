package eu.vigil.exercise;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates a scenario file (YAML, or JSON which is YAML too). Every problem is collected with the path
 * of its field, e.g. {@code injects[2].expect[0].within}, and reported at once as {@link ScenarioInvalid}; unknown
 * fields are problems too, so that a misspelt one is not silently ignored. Image files are read relative to the
 * scenario file.
 */
public final class ScenarioFile {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,62}");
    private static final Pattern MEMBER_STATE = Pattern.compile("[A-Z]{2}");
    private static final BigDecimal MAX_RATE = BigDecimal.valueOf(3600);
    /** Target and expectation groups that stand for several participants. */
    static final Set<String> GROUPS = Set.of("all", "providers", "authorities", "europol");

    private final List<ScenarioInvalid.Problem> problems = new ArrayList<>();
    private final Path dir;

    private ScenarioFile(Path dir) {
        this.dir = dir;
    }

    /**
     * The scenario in {@code file}.
     *
     * @throws ScenarioInvalid naming every field that is missing or wrong (also when the file cannot be read)
     */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioInvalid(file.toString(), List.of(new ScenarioInvalid.Problem("(file)",
                    "cannot be read: " + e.getMessage())));
        }
        return parse(file.toString(), text, file.toAbsolutePath().getParent());
    }

    /** The scenario in {@code text}; {@code dir} holds the image files ({@code file} names them in errors). */
    public static Scenario parse(String file, String text, Path dir) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ScenarioInvalid(file, List.of(new ScenarioInvalid.Problem("(file)",
                    "is not YAML or JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ScenarioInvalid(file, List.of(new ScenarioInvalid.Problem("(file)", e.getMessage())));
        }
        ScenarioFile reader = new ScenarioFile(dir);
        Scenario scenario = reader.scenario(root == null ? YAMLMapper.builder().build().createObjectNode() : root);
        if (!reader.problems.isEmpty()) {
            throw new ScenarioInvalid(file, reader.problems);
        }
        return scenario;
    }

    private Scenario scenario(JsonNode root) {
        known(root, "", "name", "title", "memberStates", "clockRate", "participants", "control", "injects");
        String name = text(root, "", "name", true);
        if (name != null && !NAME.matcher(name).matches()) {
            problem("name", "use lower-case letters, digits and dashes (it names the exercise database), got '"
                    + name + "'");
        }
        String title = text(root, "", "title", true);
        List<String> states = new ArrayList<>();
        for (Item i : list(root, "", "memberStates", true)) {
            String ms = i.node().asText();
            if (!i.node().isTextual() || !MEMBER_STATE.matcher(ms).matches()) {
                problem(i.path(), "a Member State is a two-letter code such as DE, got '" + ms + "'");
            }
            states.add(ms);
        }
        BigDecimal rate = BigDecimal.ONE;
        if (root.has("clockRate")) {
            JsonNode r = root.get("clockRate");
            if (!r.isNumber() || r.decimalValue().signum() <= 0 || r.decimalValue().compareTo(MAX_RATE) > 0) {
                problem("clockRate", "Vigil seconds per real second: a number greater than 0 and at most 3600, got '"
                        + r.asText() + "'");
            } else {
                rate = r.decimalValue();
            }
        }
        Set<String> usernames = new HashSet<>();
        List<Scenario.Participant> participants = new ArrayList<>();
        for (Item i : list(root, "", "participants", true)) {
            participants.add(participant(i, states, usernames));
        }
        JsonNode control = root.path("control");
        known(control, "control", "facilitators", "evaluators");
        List<Scenario.Person> facilitators = people(control, "control", "facilitators", true, usernames);
        List<Scenario.Person> evaluators = people(control, "control", "evaluators", false, usernames);
        Set<String> keys = new LinkedHashSet<>(participants.stream().map(Scenario.Participant::key).toList());
        List<Scenario.Inject> injects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Item i : list(root, "", "injects", true)) {
            Scenario.Inject inject = inject(i, participants, keys);
            if (inject.id() != null && !ids.add(inject.id())) {
                problem(i.path() + ".id", "'" + inject.id() + "' is used by another inject");
            }
            injects.add(inject);
        }
        injects.sort(java.util.Comparator.comparing(Scenario.Inject::at,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return new Scenario(name, title, List.copyOf(states), rate, List.copyOf(participants),
                facilitators, evaluators, List.copyOf(injects));
    }

    private Scenario.Participant participant(Item i, List<String> states, Set<String> usernames) {
        String at = i.path();
        known(i.node(), at, "key", "kind", "name", "memberState", "authority", "users");
        String key = text(i.node(), at, "key", true);
        if (key != null && !KEY.matcher(key).matches()) {
            problem(at + ".key", "use lower-case letters, digits, dots and dashes, got '" + key + "'");
        }
        if (key != null && GROUPS.contains(key)) {
            problem(at + ".key", "'" + key + "' names a group of participants; choose another key");
        }
        Scenario.Kind kind = null;
        String k = text(i.node(), at, "kind", true);
        if (k != null) {
            try {
                kind = Scenario.Kind.valueOf(k.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(at + ".kind", "one of EUROPOL, AUTHORITY, PROVIDER, got '" + k + "'");
            }
        }
        String name = text(i.node(), at, "name", true);
        String ms = text(i.node(), at, "memberState", kind == Scenario.Kind.AUTHORITY);
        if (ms != null && kind == Scenario.Kind.AUTHORITY && !states.contains(ms)) {
            problem(at + ".memberState", "'" + ms + "' is not one of the exercise's memberStates " + states);
        }
        String authority = text(i.node(), at, "authority", false);
        if (authority != null && kind != Scenario.Kind.AUTHORITY) {
            problem(at + ".authority", "only an AUTHORITY plays a registered authority");
        }
        List<Scenario.Person> users = people(i.node(), at, "users", true, usernames);
        return new Scenario.Participant(key, kind, name, ms, authority, users);
    }

    private List<Scenario.Person> people(JsonNode node, String at, String field, boolean required,
            Set<String> usernames) {
        List<Scenario.Person> people = new ArrayList<>();
        for (Item p : list(node, at, field, required)) {
            known(p.node(), p.path(), "username", "name");
            String username = text(p.node(), p.path(), "username", true);
            if (username != null && !USERNAME.matcher(username).matches()) {
                problem(p.path() + ".username", "3 to 63 lower-case letters, digits, dots and dashes, got '"
                        + username + "'");
            } else if (username != null && (!usernames.add(username) || username.equals("admin"))) {
                problem(p.path() + ".username", "'" + username + "' is already a login of this exercise");
            }
            people.add(new Scenario.Person(username, text(p.node(), p.path(), "name", true)));
        }
        return List.copyOf(people);
    }

    private Scenario.Inject inject(Item i, List<Scenario.Participant> participants, Set<String> keys) {
        String at = i.path();
        JsonNode n = i.node();
        known(n, at, "id", "at", "to", "title", "text", "urls", "images", "expect");
        String id = text(n, at, "id", true);
        Duration time = duration(n, at, "at", true, true);
        List<String> targets = participantsOf(n, at, "to", participants, keys, true);
        String title = text(n, at, "title", true);
        String text = text(n, at, "text", true);
        List<String> urls = new ArrayList<>();
        for (Item u : list(n, at, "urls", false)) {
            String url = u.node().asText();
            if (!u.node().isTextual() || !(url.startsWith("https://") || url.startsWith("http://"))) {
                problem(u.path(), "a URL starting with https://, got '" + url + "'");
            }
            urls.add(url);
        }
        List<Scenario.Image> images = new ArrayList<>();
        for (Item m : list(n, at, "images", false)) {
            Scenario.Image image = image(m);
            if (image != null) {
                images.add(image);
            }
        }
        List<Scenario.Expectation> expect = new ArrayList<>();
        for (Item e : list(n, at, "expect", false)) {
            known(e.node(), e.path(), "action", "by", "within", "note");
            ExpectedAction action = null;
            String a = text(e.node(), e.path(), "action", true);
            if (a != null) {
                try {
                    action = ExpectedAction.valueOf(a.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException x) {
                    problem(e.path() + ".action", "one of " + java.util.Arrays.toString(ExpectedAction.values())
                            + ", got '" + a + "'");
                }
            }
            List<String> by = e.node().has("by") ? participantsOf(e.node(), e.path(), "by", participants, keys, true)
                    : targets;
            Duration within = duration(e.node(), e.path(), "within", false, false);
            expect.add(new Scenario.Expectation(action, by, within, text(e.node(), e.path(), "note", false)));
        }
        return new Scenario.Inject(id, time, targets, title, text, List.copyOf(urls), List.copyOf(images),
                List.copyOf(expect));
    }

    private Scenario.Image image(Item m) {
        known(m.node(), m.path(), "file", "synthetic", "width", "height");
        String file = text(m.node(), m.path(), "file", false);
        String seed = text(m.node(), m.path(), "synthetic", false);
        if ((file == null) == (seed == null)) {
            problem(m.path(), "give either file (a PNG or JPEG next to the scenario) or synthetic (a seed)");
            return null;
        }
        if (file != null) {
            Path path = dir == null ? Path.of(file) : dir.resolve(file).normalize();
            if (file.contains("..") || file.startsWith("/")) {
                problem(m.path() + ".file", "a file next to the scenario or below it, got '" + file + "'");
                return null;
            }
            try {
                return new Scenario.Image(path.getFileName().toString(), Files.readAllBytes(path));
            } catch (IOException e) {
                problem(m.path() + ".file", "cannot read " + path + ": " + e.getMessage());
                return null;
            }
        }
        int width = m.node().path("width").asInt(320);
        int height = m.node().path("height").asInt(240);
        if (width < 64 || width > 2048 || height < 64 || height > 2048) {
            problem(m.path(), "width and height between 64 and 2048 pixels");
            return null;
        }
        return new Scenario.Image(seed.replaceAll("[^A-Za-z0-9._-]", "-") + ".png",
                SyntheticImage.png(seed, width, height));
    }

    private List<String> participantsOf(JsonNode n, String at, String field, List<Scenario.Participant> participants,
            Set<String> keys, boolean required) {
        Set<String> resolved = new LinkedHashSet<>();
        List<Item> items = list(n, at, field, required);
        if (required && items.isEmpty() && n.has(field)) {
            problem(at + "." + field, "name at least one participant");
        }
        for (Item t : items) {
            String key = t.node().asText();
            switch (key) {
                case "all" -> participants.forEach(p -> resolved.add(p.key()));
                case "providers" -> add(resolved, participants, Scenario.Kind.PROVIDER);
                case "authorities" -> add(resolved, participants, Scenario.Kind.AUTHORITY);
                case "europol" -> add(resolved, participants, Scenario.Kind.EUROPOL);
                default -> {
                    if (keys.contains(key)) {
                        resolved.add(key);
                    } else {
                        problem(t.path(), "'" + key + "' is no participant's key (nor all, providers, "
                                + "authorities, europol)");
                    }
                }
            }
        }
        return List.copyOf(resolved);
    }

    private static void add(Set<String> into, List<Scenario.Participant> participants, Scenario.Kind kind) {
        participants.stream().filter(p -> p.kind() == kind).forEach(p -> into.add(p.key()));
    }

    private record Item(String path, JsonNode node) {
    }

    private List<Item> list(JsonNode n, String at, String field, boolean required) {
        String path = join(at, field);
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path, "is required");
            }
            return List.of();
        }
        if (!value.isArray()) {
            problem(path, "must be a list");
            return List.of();
        }
        if (required && value.isEmpty()) {
            problem(path, "must not be empty");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new Item(path + "[" + i + "]", value.get(i)));
        }
        return items;
    }

    private String text(JsonNode n, String at, String field, boolean required) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            if (required) {
                problem(join(at, field), "is required");
            }
            return null;
        }
        if (!value.isValueNode()) {
            problem(join(at, field), "must be a text");
            return null;
        }
        return value.asText().strip();
    }

    private Duration duration(JsonNode n, String at, String field, boolean required, boolean zeroAllowed) {
        String value = text(n, at, field, required);
        if (value == null) {
            return null;
        }
        try {
            Duration d = Duration.parse(value);
            if (d.isNegative() || (!zeroAllowed && d.isZero())) {
                problem(join(at, field), "must be " + (zeroAllowed ? "zero or more" : "more than zero")
                        + ", got '" + value + "'");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problem(join(at, field), "an ISO-8601 duration such as PT10M or PT1H30M, got '" + value + "'");
            return null;
        }
    }

    private void known(JsonNode n, String at, String... fields) {
        if (n == null || n.isMissingNode()) {
            return;
        }
        if (!n.isObject()) {
            problem(at.isEmpty() ? "(file)" : at, "must be a mapping of fields");
            return;
        }
        Set<String> allowed = Set.of(fields);
        n.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                problem(join(at, f), "unknown field (known: " + String.join(", ", fields) + ")");
            }
        });
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    private void problem(String field, String message) {
        problems.add(new ScenarioInvalid.Problem(field, message));
    }
}
