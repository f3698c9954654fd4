package dev.eventrecords.processor.contracts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text as the contract documents need it: it reads the value-type registry's schema fragments into a tree and
 * writes a tree back out, pretty and deterministic (two-space indent, members in insertion order, a final newline), so
 * that the same model always gives the same bytes; an array of plain values stays on one line. A tree is {@code Map<String, Object>} (insertion-ordered),
 * {@code List<Object>}, {@code String}, {@code Boolean}, {@link Number} or {@code null}.
 */
public final class JsonText {

    private JsonText() {}

    /** A number exactly as written in the JSON text, so that {@code -9223372036854775808} stays what it is. */
    public record Number(String text) {}

    /** Reads a JSON document; the registry's fragments are well-formed, so any flaw is a bug and throws. */
    public static Object parse(String json) {
        Reader reader = new Reader(json);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.at < json.length()) {
            throw reader.failure("trailing text");
        }
        return value;
    }

    /** Writes a tree as pretty JSON ending with a newline. */
    public static String write(Object tree) {
        StringBuilder out = new StringBuilder();
        write(tree, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            String inner = indent + "  ";
            out.append("{\n");
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                out.append(first ? "" : ",\n").append(inner);
                string((String) member.getKey(), out);
                out.append(": ");
                write(member.getValue(), out, inner);
                first = false;
            }
            out.append('\n').append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            if (list.stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    write(list.get(i), out, indent);
                }
                out.append(']');
                return;
            }
            String inner = indent + "  ";
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",\n").append(inner);
                write(list.get(i), out, inner);
            }
            out.append('\n').append(indent).append(']');
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number number) {
            out.append(number.text());
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !paired(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether the surrogate at {@code i} is half of a pair; a lone one is escaped, as UTF-8 cannot hold it. */
    private static boolean paired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** A recursive-descent reader of standard JSON. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            if (at >= text.length()) {
                throw failure("a value expected");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> members = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (peek('}')) {
                at++;
                return members;
            }
            while (true) {
                skipSpace();
                String name = string();
                skipSpace();
                expect(':');
                members.put(name, value());
                skipSpace();
                if (peek(',')) {
                    at++;
                } else {
                    expect('}');
                    return members;
                }
            }
        }

        private List<Object> array() {
            List<Object> values = new ArrayList<>();
            at++;
            skipSpace();
            if (peek(']')) {
                at++;
                return values;
            }
            while (true) {
                values.add(value());
                skipSpace();
                if (peek(',')) {
                    at++;
                } else {
                    expect(']');
                    return values;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
            throw failure("unterminated string");
        }

        private Number number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw failure("unexpected character");
            }
            return new Number(text.substring(start, at));
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw failure("unexpected character");
            }
            at += word.length();
            return value;
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw failure("'" + c + "' expected");
            }
            at++;
        }

        void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        IllegalArgumentException failure(String what) {
            return new IllegalArgumentException("malformed JSON at " + at + ": " + what + " in " + text);
        }
    }
}
