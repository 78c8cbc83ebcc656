package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import eu.vigil.audit.Auditor;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * ADR 0019: every state-changing handler has a role decision, and the running server enforces it. (a) Every
 * write handler Spring maps is in the {@link WritePolicy} table (a new endpoint without a decision fails the
 * build), and every entry of the table is a real handler. (b) Every write operation of the OpenAPI document,
 * called with a VIEWER-only, an OPERATOR-only and an ADMIN-only token, is refused with {@code role-required}
 * exactly for the roles its duty does not allow, and the document itself states that role. (c) The same for every page form POST with a logged-in
 * session of each role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritePolicyIntegrationTests extends IntegrationTest {

    private static final String ROLE_REQUIRED = "https://vigil.example.eu/problems/role-required";
    /** The only writes a VIEWER may make: its own password, and the anonymous token endpoint. */
    /** Writes open to every role: the caller's own password, the token endpoint, and accepting an invitation
     *  (anonymous: the invitation secret is the credential, ADR 0018). */
    private static final Set<String> OPEN_TO_VIEWERS = Set.of("POST /api/v1/me/password", "POST /account/password",
            "POST /account/preferences",
            "POST /oauth2/token", "POST /api/v1/invitations/accept", "POST /invitations/{secret}");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private final Map<Role, String> tokenOf = new EnumMap<>(Role.class);
    private final Map<Role, String> userOf = new EnumMap<>(Role.class);
    private Tenant authority;

    @BeforeAll
    void credentials() {
        authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "AT", "Role Matrix");
        for (Role role : Role.values()) {
            tokenOf.put(role, tokens.issue(authority.admin(), authority.organisation().id(), "only " + role,
                    Set.of(role), null).token());
            String username = "matrix." + role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8);
            users.createUnchecked(Auditor.system("test"), authority.organisation().id(),
                    new Users.NewUser(username, "Only " + role, null, PASSWORD, Set.of(role)));
            userOf.put(role, username);
        }
    }

    /** "METHOD pattern" of every write handler the application maps. */
    private Set<String> mappedWrites() {
        Set<String> writes = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String method : WritePolicy.WRITE_METHODS) {
                if (methods.isEmpty() || methods.contains(RequestMethod.valueOf(method))) {
                    info.getPatternValues().forEach(p -> writes.add(method + " " + p));
                }
            }
        });
        return writes;
    }

    @Test
    void everyWriteHandlerHasARoleDecisionAndEveryDecisionAHandler() {
        Set<String> writes = mappedWrites();
        assertThat(writes).as("the application maps write handlers").hasSizeGreaterThan(80);
        List<String> undecided = writes.stream()
                .filter(w -> WritePolicy.dutyOf(w.substring(0, w.indexOf(' ')), w.substring(w.indexOf(' ') + 1)).isEmpty())
                .toList();
        assertThat(undecided).as("write handlers missing from WritePolicy").isEmpty();
        assertThat(WritePolicy.table().keySet()).as("WritePolicy entries without a handler").allMatch(writes::contains);
    }

    @Test
    void viewersWriteOnlyTheirOwnPassword() {
        WritePolicy.table().forEach((endpoint, duty) -> assertThat(duty.required().isEmpty())
                .as(endpoint + " is open to every role").isEqualTo(OPEN_TO_VIEWERS.contains(endpoint)));
    }

    /** (b) One case per write operation of the OpenAPI document × role. */
    @TestFactory
    Stream<DynamicTest> everyApiWriteRefusesExactlyTheRolesItsDutyExcludes() {
        JsonNode paths = http().get("/v3/api-docs").json().get("paths");
        List<DynamicTest> cases = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                if (!WritePolicy.isWrite(method)) {
                    continue;
                }
                String endpoint = method + " " + path.getKey();
                for (Role role : Role.values()) {
                    cases.add(DynamicTest.dynamicTest(endpoint + " as " + role,
                            () -> assertApiDecision(method, path.getKey(), operation.getValue(), role)));
                }
            }
        }
        assertThat(cases).as("the OpenAPI document lists write operations").hasSizeGreaterThan(150);
        return cases.stream();
    }

    private void assertApiDecision(String method, String pattern, JsonNode operation, Role role) throws Exception {
        var duty = WritePolicy.dutyOf(method, pattern);
        assertThat(duty).as("role decision for " + method + " " + pattern).isPresent();
        assertThat(operation.path("x-vigil-required-role").asString("")).as("the document states the role of "
                + method + " " + pattern).isEqualTo(duty.get().required().map(Enum::name).orElse("any"));
        String path = fill(pattern, operation);
        String contentType = "application/json";
        String body = "{}";
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isMissingNode() && !content.isEmpty()) {
            contentType = content.propertyNames().iterator().next();
            if (contentType.startsWith("multipart/")) {
                contentType = "multipart/form-data; boundary=matrix";
                body = "--matrix\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nx\r\n--matrix--\r\n";
            } else if (!contentType.contains("json")) {
                body = "x";
            }
            if (contentType.contains("*")) {
                contentType = "application/octet-stream";
            }
        }
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokenOf.get(role)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        boolean refused = r.statusCode() == 403 && r.body().contains(ROLE_REQUIRED);
        boolean allowed = duty.get().required().map(role::equals).orElse(true);
        assertThat(refused).as(method + " " + path + " as " + role + " (" + duty.get() + ") answered " + r.statusCode()
                + " " + r.body()).isEqualTo(!allowed);
        if (refused) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.body()).contains("\"role\":\"" + duty.get().required().orElseThrow() + "\"");
        }
        if (role == Role.VIEWER) {
            assertThat(allowed).as(method + " " + pattern + " open to viewers")
                    .isEqualTo(OPEN_TO_VIEWERS.contains(method + " " + pattern));
        }
    }

    /** (c) One case per page form POST × role, with a logged-in session and the CSRF token of a page. */
    @TestFactory
    Stream<DynamicTest> everyPageWriteRefusesExactlyTheRolesItsDutyExcludes() {
        List<String> pageWrites = mappedWrites().stream().filter(w -> w.startsWith("POST /"))
                .filter(w -> !w.startsWith("POST /api/") && !w.startsWith("POST /oauth2/") && !w.equals("POST /error"))
                .toList();
        assertThat(pageWrites).as("the pages have form POSTs").hasSizeGreaterThan(40);
        Map<Role, Http> sessions = new EnumMap<>(Role.class);
        List<DynamicTest> cases = new ArrayList<>();
        for (String write : pageWrites) {
            String pattern = write.substring("POST ".length());
            for (Role role : Role.values()) {
                cases.add(DynamicTest.dynamicTest(write + " as " + role, () -> {
                    Http session = sessions.computeIfAbsent(role, r -> {
                        Http h = http();
                        assertThat(h.login(userOf.get(r), PASSWORD)).isEqualTo("/");
                        return h;
                    });
                    assertPageDecision(session, pattern, role);
                }));
            }
        }
        return cases.stream();
    }

    private void assertPageDecision(Http session, String pattern, Role role) {
        var duty = WritePolicy.dutyOf("POST", pattern).orElseThrow();
        String path = fill(pattern, null);
        var r = session.postForm("/", path, "x=1");
        boolean refused = r.status() == 403 && r.body().contains("Role required");
        boolean allowed = duty.required().map(role::equals).orElse(true);
        assertThat(refused).as("POST " + path + " as " + role + " (" + duty + ") answered " + r.status())
                .isEqualTo(!allowed);
        if (refused) {
            assertThat(r.body()).contains("requires the " + duty.required().orElseThrow() + " role");
        }
    }

    /** The path with its variables filled: integers as 1, alternatives by the first, anything else a random UUID. */
    private static String fill(String pattern, JsonNode operation) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = UUID.randomUUID().toString();
            if (m.group(2) != null) {
                value = m.group(2).split("\\|")[0];
            } else if (operation != null) {
                for (JsonNode p : operation.path("parameters")) {
                    if (p.path("in").asString("").equals("path") && p.path("name").asString("").equals(m.group(1))
                            && p.path("schema").path("type").asString("").equals("integer")) {
                        value = "1";
                    }
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
