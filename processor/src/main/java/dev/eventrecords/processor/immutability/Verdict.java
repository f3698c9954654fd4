package dev.eventrecords.processor.immutability;

/**
 * Whether a type, as it is used in one place, can change after the event was created. A problem's {@code explanation}
 * continues a phrase that names where the type is used ("component 'lines' of type 'List<Line>'"): either a clause of
 * its own (" is not copied: ...") or, after a colon, the path to the mutable part from the outside in (": field 'lat'
 * of 'GeoPoint' is not final").
 */
public sealed interface Verdict {

    /** Nothing reachable from the value can change. */
    record Immutable() implements Verdict {}

    /** Something reachable from the value can change. */
    record Mutable(String explanation) implements Verdict {}

    /** Nothing is known to change, but a copy that immutability depends on could not be checked. */
    record Unverified(String explanation) implements Verdict {}

    Verdict IMMUTABLE = new Immutable();

    static Verdict mutable(String explanation) {
        return new Mutable(explanation);
    }

    /** This verdict seen from one level further out: {@code holder} names the place, the explanation follows it. */
    default Verdict within(String holder) {
        if (this instanceof Mutable m) {
            return new Mutable(": " + holder + m.explanation());
        }
        if (this instanceof Unverified u) {
            return new Unverified(": " + holder + u.explanation());
        }
        return this;
    }

    default boolean isMutable() {
        return this instanceof Mutable;
    }

    default boolean isImmutable() {
        return this instanceof Immutable;
    }
}
