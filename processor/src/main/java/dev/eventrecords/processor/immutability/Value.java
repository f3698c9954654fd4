package dev.eventrecords.processor.immutability;

/**
 * What a variable of a canonical constructor may hold, as far as its syntax tells: the caller's argument, a copy of
 * it, a view of it, or something else. {@code param} names the constructor parameter the value comes from.
 */
sealed interface Value {

    /** The caller's own object, passed as parameter {@code param}. */
    record Arg(String param) implements Value {}

    /** A new modifiable collection ({@code new ArrayList<>(x)}) filled from {@code param}, or empty when null. */
    record Fresh(String param, String source) implements Value {}

    /** An unmodifiable copy of {@code param}: nobody else holds a reference to it. */
    record Copy(String param) implements Value {}

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
        return null;
    }
}
