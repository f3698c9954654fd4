package dev.eventrecords.processor.immutability;

/**
 * What a variable of a canonical constructor may hold, as far as its syntax tells: the caller's argument, a copy of
 * it, a view of it, or something else. {@code param} names the constructor parameter the value comes from.
 */
sealed interface Value {

    /** The caller's own object, passed as parameter {@code param}. */
    record Arg(String param) implements Value {}

    /** A new modifiable collection ({@code new ArrayList<>(x)}) filled from {@code param}, or empty when null. */
    record Fresh(String param, String source, int inner) implements Value {

        /** A fresh collection of the caller's elements as they are. */
        Fresh(String param, String source) {
            this(param, source, 0);
        }
    }

    /**
     * An unmodifiable copy of {@code param}: nobody else holds a reference to it. {@code depth} counts the levels,
     * from the outside in, that are copied: 1 for {@code Map.copyOf(m)}, 2 when the lists in the map are copied too
     * (an {@code Optional} level counts as copied when what it holds is).
     */
    record Copy(String param, int depth) implements Value {

        /** A copy of the outer collection only. */
        Copy(String param) {
            this(param, 1);
        }
    }

    /**
     * A stream over the elements of {@code param} (its entries, when {@code entries}), each copied {@code depth}
     * levels deep ({@code 0}: the caller's own elements).
     */
    record Stream(String param, String source, boolean entries, int depth) implements Value {}

    /** A map entry, inside a lambda, whose value is copied {@code depth} levels deep ({@code param}: the lambda's). */
    record Entry(String param, int depth) implements Value {}

    /** An unmodifiable view of {@code param}'s object: the caller can still change it. */
    record View(String param, String source) implements Value {}

    /** Something computed from {@code param} that is not a copy: a stream, a sub-list, a key set. */
    record Derived(String param, String source) implements Value {}

    /** An immutable constant that holds nobody's object: {@code List.of()}, {@code null}. */
    record Constant() implements Value {}

    /** Anything else, spelled as the source wrote it. */
    record Other(String source) implements Value {}

    /** A field not yet assigned. */
    record Unassigned() implements Value {}

    /** The parameter this value was made from, or {@code null}. */
    default String origin() {
        if (this instanceof Arg a) {
            return a.param();
        }
        if (this instanceof Fresh f) {
            return f.param();
        }
        if (this instanceof Copy c) {
            return c.param();
        }
        if (this instanceof View v) {
            return v.param();
        }
        if (this instanceof Derived d) {
            return d.param();
        }
        if (this instanceof Stream s) {
            return s.param();
        }
        return null;
    }
}
