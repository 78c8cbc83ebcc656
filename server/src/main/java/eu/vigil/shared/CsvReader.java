package eu.vigil.shared;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time (quoted fields, doubled quotes, CRLF or LF), so that files of any
 * size stream through. A blank line is a record of one empty field; {@link #blank()} tells it apart from a
 * quoted empty field.
 */
public final class CsvReader {

    private final Reader in;
    private int peeked = -2;
    private boolean blank;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /**
     * The next record's fields, or null at the end of the input.
     *
     * @throws IOException on a read failure or an unterminated quoted field
     */
    public List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        blank = c == '\n' || c == '\r';
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("unterminated quoted field");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                blank = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == -1) {
                fields.add(field.toString());
                return fields;
            } else if (c == '\r') {
                int n = read();
                if (n != '\n') {
                    unread(n);
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Whether the record last returned by {@link #next()} was an empty line. */
    public boolean blank() {
        return blank;
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int p = peeked;
            peeked = -2;
            return p;
        }
        return in.read();
    }

    private void unread(int c) {
        peeked = c;
    }
}
