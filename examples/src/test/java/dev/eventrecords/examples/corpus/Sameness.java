package dev.eventrecords.examples.corpus;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Equality as Jackson's default mapper can give a value back, for the corpus's classes: {@code equals} where a class
 * defines it, field by field for a value class that does not (two reads of the same JSON are then still the same),
 * records component by component, containers element by element (a {@code Set} in any order), and an
 * {@link OffsetDateTime} or {@link ZonedDateTime} by its instant, because Jackson's default
 * {@code ADJUST_DATES_TO_CONTEXT_TIME_ZONE} moves every date-time it reads to UTC. The first value is always ours.
 */
final class Sameness {

    private Sameness() {}

    /**
     * Whether {@code ours}, the serde's read, is the same as {@code theirs}, Jackson's, with the one difference
     * DESIGN.md documents: a collection whose property is absent (left out by {@code @JsonInclude}, say) reads as
     * empty here and {@code null} in Jackson.
     */
    static boolean sameAsJackson(Object ours, Object theirs) {
        return same(ours, theirs);
    }

    private static boolean same(Object a, Object b) {
        if (b == null && (a instanceof Collection<?> c ? c.isEmpty() : a instanceof Map<?, ?> m && m.isEmpty())) {
            return true;
        }
        if (a == null || b == null) {
            return a == b;
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
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                if (!same(component(component, a), component(component, b))) {
                    return false;
                }
            }
            return true;
        }
        if (definesEquals(a.getClass()) || a.getClass().getName().startsWith("java.")) {
            return Objects.equals(a, b);
        }
        for (Class<?> c = a.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !same(field(field, a), field(field, b))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean definesEquals(Class<?> type) {
        try {
            return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
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

    private static Object component(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object field(Field field, Object value) {
        try {
            field.setAccessible(true);
            return field.get(value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
