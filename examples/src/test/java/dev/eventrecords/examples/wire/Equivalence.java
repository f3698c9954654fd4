package dev.eventrecords.examples.wire;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Equality as Jackson's default mapper can give it back: {@code equals} everywhere, except that an
 * {@link OffsetDateTime} or {@link ZonedDateTime} is compared by its instant ({@code isEqual}), because Jackson's
 * default {@code ADJUST_DATES_TO_CONTEXT_TIME_ZONE} moves every date-time it reads to UTC. Records are compared
 * component by component, collections element by element, and a {@code null} optional is the empty one (both
 * formats write it as {@code null}, which reads back empty).
 */
public final class Equivalence {

    private Equivalence() {}

    public static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            // a null optional is written as null, and null reads as the empty one, in JSON as in Avro
            return a == b || isEmptyOptional(a == null ? b : a);
        }
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            return x.isEqual(y);
        }
        if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
            return x.isEqual(y);
        }
        if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
            return x.isPresent() == y.isPresent() && (x.isEmpty() || same(x.get(), y.get()));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return sameInOrder(x, y);
        }
        if (a instanceof Set<?> x && b instanceof Set<?> y) {
            return sameInAnyOrder(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size()
                    && x.entrySet().stream()
                            .allMatch(e -> y.containsKey(e.getKey()) && same(e.getValue(), y.get(e.getKey())));
        }
        if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                if (!same(value(component, a), value(component, b))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static boolean isEmptyOptional(Object value) {
        return value instanceof Optional<?> o && o.isEmpty()
                || value instanceof OptionalInt i && i.isEmpty()
                || value instanceof OptionalLong l && l.isEmpty()
                || value instanceof OptionalDouble d && d.isEmpty();
    }

    private static boolean sameInOrder(List<?> x, List<?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        Iterator<?> i = y.iterator();
        for (Object element : x) {
            if (!same(element, i.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameInAnyOrder(Set<?> x, Set<?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        List<Object> unmatched = new ArrayList<>(y);
        for (Object element : x) {
            int match = -1;
            for (int i = 0; i < unmatched.size() && match < 0; i++) {
                if (same(element, unmatched.get(i))) {
                    match = i;
                }
            }
            if (match < 0) {
                return false;
            }
            unmatched.remove(match);
        }
        return true;
    }

    public static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
