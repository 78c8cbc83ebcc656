package eu.vigil.client;

import java.util.HashMap;
import java.util.Map;

/**
 * A strict, JDK-only reader of one JSON object that returns its top-level members whose values are strings; nested
 * values are checked for well-formedness and skipped. Enough for {@link OrderSealVerifier} to read the signed issue
 * time and authority without a JSON library.
 */
final class TopLevelStrings {

    private final String text;
    private int at;

    private TopLevelStrings(String text) {
        this.text = text;
    }

    /**
     * The top-level string members of the JSON object {@code json}.
     *
     * @throws IllegalArgumentException if {@code json} is not exactly one well-formed JSON object
     */
    static Map<String, String> of(String json) {
        TopLevelStrings r = new TopLevelStrings(json);
        Map<String, String> strings = new HashMap<>();
        r.space();
        r.expect('{');
        r.space();
        if (r.peek() == '}') {
            r.at++;
        } else {
            while (true) {
                r.space();
                String name = r.string();
                r.space();
                r.expect(':');
                r.space();
                if (r.peek() == '"') {
                    if (strings.put(name, r.string()) != null) {
                        throw new IllegalArgumentException("duplicate member " + name);
                    }
                } else {
                    r.value();
                }
                r.space();
                if (r.peek() == ',') {
                    r.at++;
                    continue;
                }
                r.expect('}');
                break;
            }
        }
        r.space();
        if (r.at != json.length()) {
            throw new IllegalArgumentException("text after the object at " + r.at);
        }
        return strings;
    }

    private void value() {
        char c = peek();
        switch (c) {
            case '"' -> string();
            case '{', '[' -> {
                char close = c == '{' ? '}' : ']';
                at++;
                space();
                if (peek() == close) {
                    at++;
                    return;
                }
                while (true) {
                    space();
                    if (close == '}') {
                        string();
                        space();
                        expect(':');
                        space();
                    }
                    value();
                    space();
                    if (peek() == ',') {
                        at++;
                        continue;
                    }
                    expect(close);
                    return;
                }
            }
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("control character in a string at " + (at - 1));
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw new IllegalArgumentException("short \\u escape at " + at);
                    }
                    try {
                        b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException x) {
                        throw new IllegalArgumentException("bad \\u escape at " + at);
                    }
                    at += 4;
                }
                default -> throw new IllegalArgumentException("bad escape \\" + e + " at " + (at - 1));
            }
        }
    }

    private void number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String n = text.substring(start, at);
        if (n.isEmpty() || !n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw new IllegalArgumentException("unexpected value at " + start);
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw new IllegalArgumentException("unexpected value at " + at);
        }
        at += word.length();
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
        }
    }
}
