package dev.eventrecords.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks, before anything is measured, that a contender does the same work as Jackson 3: the JSON it writes for an
 * event parses to the same tree as Jackson 3's, our serde writes exactly Jackson 3's bytes (the wire contract), and
 * every contender reads Jackson 3's bytes back to an equal event. Run as a program, it prints the verdict of every
 * contender on every shape.
 *
 * <p>With the sample events every contender writes the very same bytes, but for one difference the tree check lets
 * through: fastjson2 writes a control character's <code>&#92;u</code> escape in lower-case hex
 * (<code>&#92;u001f</code>, Jackson <code>&#92;u001F</code>) on the text shape. (DSL-JSON and fastjson2 format
 * doubles with their own algorithms; for the one- and two-decimal values here they agree with Jackson's
 * {@code Double.toString}; a value where one did not would fail this check rather than be measured.)
 */
public final class Equivalence {

    private static final JsonMapper TREES = JsonMapper.builder().build();

    private Equivalence() {}

    /**
     * What the check found for one contender and one shape.
     *
     * @param contender the contender's name
     * @param shape the shape's name
     * @param sameBytes whether the contender wrote exactly Jackson 3's bytes, not only the same tree
     * @param json the contender's JSON
     */
    record Verdict(String contender, String shape, boolean sameBytes, String json) {}

    /**
     * Checks one contender on one shape.
     *
     * @param contender the contender
     * @param shape the shape
     * @param <E> the event type
     * @return the verdict, when the contender passes
     * @throws IllegalStateException when it does not do the same work as Jackson 3
     */
    static <E> Verdict check(Contender contender, Shape<E> shape) {
        String where = "'" + contender.name() + "' on shape '" + shape.name() + "'";
        byte[] expected = new Jackson3Contender().serializer(shape).serialize(shape.topic(), shape.event());
        byte[] actual = contender.serializer(shape).serialize(shape.topic(), new RecordHeaders(), shape.event());
        String json = new String(actual, StandardCharsets.UTF_8);
        JsonNode expectedTree = TREES.readTree(expected);
        JsonNode actualTree = TREES.readTree(actual);
        if (!expectedTree.equals(actualTree)) {
            throw new IllegalStateException(where + " writes other JSON than Jackson 3:\n  jackson3: "
                    + new String(expected, StandardCharsets.UTF_8) + "\n  " + contender.name() + ": " + json);
        }
        boolean sameBytes = Arrays.equals(expected, actual);
        if (contender instanceof EventRecordsContender && !sameBytes) {
            throw new IllegalStateException(where + " breaks the wire contract: not byte-for-byte Jackson 3's JSON:\n"
                    + "  jackson3:     " + new String(expected, StandardCharsets.UTF_8) + "\n  eventrecords: " + json);
        }
        E read = contender.deserializer(shape).deserialize(shape.topic(), new RecordHeaders(), expected);
        if (!shape.event().equals(read)) {
            throw new IllegalStateException(
                    where + " reads Jackson 3's JSON back to another event:\n  " + shape.event() + "\n  " + read);
        }
        return new Verdict(contender.name(), shape.name(), sameBytes, json);
    }

    /**
     * Prints the verdict of every contender on every shape; exits non-zero when one fails.
     *
     * @param args none
     */
    public static void main(String[] args) {
        boolean failed = false;
        for (Contender contender : Contender.all()) {
            for (Shape<?> shape : Shape.all()) {
                try {
                    Verdict v = check(contender, shape);
                    String how = v.sameBytes()
                            ? "same bytes as Jackson 3"
                            : "same JSON tree as Jackson 3 (other bytes: spacing, order or escapes)";
                    System.out.printf("%-20s %-8s %s%n", v.contender(), v.shape(), how);
                } catch (RuntimeException e) {
                    failed = true;
                    System.out.printf("%-20s %-8s FAILED: %s%n", contender.name(), shape.name(), e.getMessage());
                }
            }
        }
        if (failed) {
            System.exit(1);
        }
    }
}
