package eu.vigil.web;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Describes an unreadable request body for a client without the exception text of the framework: that text names
 * Java types and method signatures ({@code eu.vigil...Report ...importRegister(byte[],...)}), which tell a caller
 * about the implementation and nothing about what to fix. The answer names the body or the field instead.
 */
final class RequestBodies {

    private static final Pattern ENUM_CONSTANT = Pattern.compile("No enum constant [\\w.$]+\\.(\\w+)");
    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|eu\\.vigil|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.apache"
                    + "|Exception|\\w+\\.\\w+\\(");

    private RequestBodies() {
    }

    /** The JSON path of the value a Jackson failure is about, such as {@code items[0].url}; {@code body} at the root. */
    static String field(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? "body" : b.toString();
    }

    /** What is wrong with the body, in words a client can act on. */
    static String detail(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause == e || cause == null) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            return message.startsWith("Required request body is missing") ? "the request body is missing (empty body)"
                    : "the request body could not be read";
        }
        if (cause instanceof StreamReadException p) {
            return p.getLocation() == null ? "the request body is not valid JSON"
                    : "the request body is not valid JSON (line " + p.getLocation().getLineNr() + ", column "
                            + p.getLocation().getColumnNr() + ")";
        }
        if (cause instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "field '" + field(f) + "' must be one of " + String.join(", ",
                    Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).toList());
        }
        if (cause instanceof MismatchedInputException m) {
            return m.getPath().isEmpty() ? "the request body does not have the expected shape (e.g. an object)"
                    : "field '" + field(m) + "' has a value of the wrong type or format";
        }
        if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
            return "field '" + field(j) + "' has an invalid value";
        }
        return "the request body could not be read";
    }

    /**
     * A message safe to show: "No enum constant a.b.C.X" becomes "unknown value 'X'", and a message that names
     * implementation types or methods is replaced by a generic one.
     */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "a value in the request is not valid";
        }
        Matcher m = ENUM_CONSTANT.matcher(message);
        if (m.find()) {
            return "unknown value '" + m.group(1) + "'";
        }
        return IMPLEMENTATION.matcher(message).find() ? "a value in the request is not valid" : message;
    }
}
