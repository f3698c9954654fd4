package dev.eventrecords.kafka;

import java.util.ArrayDeque;
import java.util.Deque;

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
        if (failure instanceof VirtualMachineError error) {
            throw error;
        }
        return new EventReadException(
                "'" + record + "' rejected the values read: " + describe(failure), failure, new ArrayDeque<>());
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
