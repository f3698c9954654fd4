package dev.eventrecords.kafka;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A JSON value that does not fit the type it is read as. It records the path of the property at fault
 * ({@code location.lat}, {@code lines[3].sku}); the deserializer turns it into a Kafka
 * {@link org.apache.kafka.common.errors.SerializationException} that also names the topic and the event type.
 */
public final class EventReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Deque<String> path;

    private EventReadException(String message, Throwable cause, Deque<String> path) {
        super(message, cause);
        this.path = path;
    }

    /**
     * A problem with the value at the parser's position.
     *
     * @param message what is wrong, a lower-case clause
     * @return the exception, to throw
     */
    public static EventReadException of(String message) {
        return new EventReadException(message, null, new ArrayDeque<>());
    }

    /**
     * Places a problem inside a property: wraps a failure that happened while reading the value of {@code property},
     * or adds the property to the path of an {@code EventReadException} from deeper down.
     *
     * @param property the JSON property name, or {@code null} when the failure happened outside any property
     * @param failure what went wrong
     * @return the exception, to throw
     */
    public static EventReadException in(String property, Throwable failure) {
        EventReadException e = failure instanceof EventReadException r
                ? r
                : new EventReadException(describe(failure), failure, new ArrayDeque<>());
        if (property != null) {
            e.path.addFirst(property);
        }
        return e;
    }

    /**
     * Places a problem inside an array element.
     *
     * @param index the element's index
     * @param failure what went wrong
     * @return the exception, to throw
     */
    public static EventReadException at(int index, Throwable failure) {
        EventReadException e = failure instanceof EventReadException r
                ? r
                : new EventReadException(describe(failure), failure, new ArrayDeque<>());
        e.path.addFirst("[" + index + "]");
        return e;
    }

    /**
     * The record's constructor refused the values read: whatever it threw, an {@code AssertionError} or a checked
     * exception thrown sneakily included, except a {@link VirtualMachineError}, which is no verdict on the values.
     *
     * @param record the record's simple name
     * @param failure what the constructor threw
     * @return the exception, to throw
     * @throws VirtualMachineError when {@code failure} is one, unchanged
     */
    public static EventReadException rejected(String record, Throwable failure) {
        return rejected(record, failure, new String[0], new Object[0]);
    }

    /**
     * The record's constructor refused the values read, as {@link #rejected(String, Throwable)}, with the components
     * the failure can be tied to: those whose property was absent from the JSON or {@code null} in it, when the
     * failure's message names them or, for a {@link NullPointerException}, when their value was {@code null}. The
     * message reads {@code the constructor of 'OrderPlaced' refused the values read: tags; component 'tags' was
     * absent from the JSON}.
     *
     * @param record the record's simple name
     * @param failure what the constructor threw
     * @param properties the components' property names, in declaration order
     * @param values the values passed to the constructor, in the same order, primitives boxed
     * @param present one bit per component whose property was read, component {@code i} at bit {@code i % 64} of
     *     word {@code i / 64}; a missing word is all absent
     * @return the exception, to throw
     * @throws VirtualMachineError when {@code failure} is one, unchanged
     */
    public static EventReadException rejected(
            String record, Throwable failure, String[] properties, Object[] values, long... present) {
        if (failure instanceof VirtualMachineError error) {
            throw error;
        }
        String message = "the constructor of '" + record + "' refused the values read: " + describe(failure);
        String culprits = culprits(failure, properties, values, present);
        return new EventReadException(
                culprits.isEmpty() ? message : message + "; " + culprits, failure, new ArrayDeque<>());
    }

    /**
     * The components a constructor's failure can be tied to, as a clause ({@code component 'tags' was absent from
     * the JSON}), or an empty string. Only components that were absent or {@code null} are suspects: a value that was
     * read is the sender's, and the constructor's message says what it thinks of it.
     */
    private static String culprits(Throwable failure, String[] properties, Object[] values, long[] present) {
        List<String> absent = new ArrayList<>();
        List<String> nulls = new ArrayList<>();
        String text = failure.getMessage() == null ? "" : failure.getMessage();
        boolean nullPointer = failure instanceof NullPointerException;
        for (int i = 0; i < properties.length && i < values.length; i++) {
            boolean read = i / 64 < present.length && (present[i / 64] & (1L << (i % 64))) != 0;
            if (read && values[i] != null) {
                continue;
            }
            if (names(text, properties[i]) || (nullPointer && values[i] == null)) {
                (read ? nulls : absent).add(properties[i]);
            }
        }
        List<String> clauses = new ArrayList<>(2);
        if (!absent.isEmpty()) {
            clauses.add(components(absent) + (absent.size() == 1 ? " was" : " were") + " absent from the JSON");
        }
        if (!nulls.isEmpty()) {
            clauses.add(components(nulls) + (nulls.size() == 1 ? " was" : " were") + " null in the JSON");
        }
        return String.join(" and ", clauses);
    }

    /** Whether a message names a property as a word of its own: "tags" in "tags is empty", not in "hashtags". */
    private static boolean names(String message, String property) {
        for (int at = message.indexOf(property); at >= 0; at = message.indexOf(property, at + 1)) {
            int end = at + property.length();
            if ((at == 0 || !Character.isJavaIdentifierPart(message.charAt(at - 1)))
                    && (end == message.length() || !Character.isJavaIdentifierPart(message.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code component 'a'}, {@code components 'a' and 'b'}, {@code components 'a', 'b' and 'c'}. */
    private static String components(List<String> names) {
        StringBuilder sb = new StringBuilder(names.size() == 1 ? "component " : "components ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(i == names.size() - 1 ? " and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }

    /**
     * The path of the property at fault, from the outside in: {@code lines[3].sku}; empty for the whole value.
     *
     * @return the path
     */
    public String path() {
        StringBuilder sb = new StringBuilder();
        for (String part : path) {
            if (sb.length() > 0 && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /**
     * What is wrong, without the path.
     *
     * @return the problem
     */
    public String problem() {
        return super.getMessage();
    }

    @Override
    public String getMessage() {
        String p = path();
        return p.isEmpty() ? problem() : "field '" + p + "': " + problem();
    }

    /**
     * The first line of a failure's message (Jackson appends the source location on extra lines), at most
     * {@value Json#SHOWN_CHARS} characters of it since messages may repeat their input; an {@code Error} or a checked
     * exception is named, since its message alone would not say it was one.
     */
    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String kind =
                failure instanceof RuntimeException ? "" : failure.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return kind.isEmpty() ? failure.getClass().getSimpleName() : kind;
        }
        int newline = message.indexOf('\n');
        String first = Json.shown(newline < 0 ? message : message.substring(0, newline));
        return kind.isEmpty() ? first : kind + ": " + first;
    }
}
