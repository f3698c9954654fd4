package dev.eventrecords.examples.wire;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.eventrecords.Bytes;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random instances of any record, drawn component by component from {@link EdgeCaseRandom} by the component's
 * declared type, so that every event of the build gets them without a generator of its own: every reference is
 * sometimes {@code null}, containers hold {@code null}s and nest. A draw that the record's constructor refuses is
 * drawn again; below {@value #MAX_DEPTH} levels of nested records, records are {@code null} and containers empty, so
 * recursive records end.
 */
final class RandomRecords {

    private static final int MAX_DEPTH = 4;
    private static final int ATTEMPTS = 10_000;

    private final EdgeCaseRandom random;
    private final Map<Class<?>, Supplier<Object>> scalars;

    RandomRecords(EdgeCaseRandom random) {
        this.random = random;
        this.scalars = scalars(random);
    }

    /** An instance of {@code type} that its constructor accepts. */
    <R extends Record> R next(Class<R> type) {
        R value = record(type, 0);
        if (value == null) {
            throw new AssertionError(
                    "no random '" + type.getName() + "' in " + ATTEMPTS + " draws passes its constructor");
        }
        return value;
    }

    private <R> R record(Class<R> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
        }
        Constructor<R> constructor;
        try {
            constructor = type.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = value(components[i].getGenericType(), depth);
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException refused) {
                // the constructor refused this draw: draw again
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return null;
    }

    /** A value class's '@JsonCreator' constructor or static factory, or {@code null}. */
    private static java.lang.reflect.Executable creator(Class<?> type) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonCreator.class)) {
                return constructor;
            }
        }
        for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isStatic(method.getModifiers())
                    && method.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonCreator.class)) {
                return method;
            }
        }
        return null;
    }

    /** A value class made by its creator from random arguments that it accepts, or {@code null}. */
    private Object created(java.lang.reflect.Executable creator, int depth) {
        Type[] parameters = creator.getGenericParameterTypes();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object[] args = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                args[i] = value(parameters[i], depth);
            }
            try {
                return creator instanceof Constructor<?> constructor
                        ? constructor.newInstance(args)
                        : ((java.lang.reflect.Method) creator).invoke(null, args);
            } catch (InvocationTargetException refused) {
                // the creator refused this draw: draw again
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return null;
    }

    private static Object textRecord(Class<?> type, String text) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(String.class);
            constructor.setAccessible(true);
            return constructor.newInstance(text);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("a record map key is a '@JsonValue' record of a String: " + type, e);
        }
    }

    private Object value(Type type, int depth) {
        if (type instanceof Class<?> c && c.isPrimitive()) {
            return primitive(c);
        }
        return random.orNull(() -> reference(type, depth));
    }

    private Object primitive(Class<?> c) {
        if (c == boolean.class) {
            return random.nextBoolean();
        } else if (c == byte.class) {
            return random.nextByte();
        } else if (c == short.class) {
            return random.nextShort();
        } else if (c == int.class) {
            return random.nextInt();
        } else if (c == long.class) {
            return random.nextLong();
        } else if (c == float.class) {
            return random.nextFloat();
        } else if (c == double.class) {
            return random.nextDouble();
        } else if (c == char.class) {
            return random.nextChar();
        }
        throw new AssertionError("no random " + c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object reference(Type type, int depth) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type[] args = p.getActualTypeArguments();
            Supplier<Object> element = () -> value(args[args.length - 1], depth);
            if (raw == Optional.class) {
                Object present = reference(args[0], depth);
                return present == null ? Optional.empty() : random.optional(() -> present);
            } else if (raw == List.class) {
                return depth >= MAX_DEPTH ? List.of() : random.list(element);
            } else if (raw == Set.class) {
                return depth >= MAX_DEPTH ? Set.of() : random.set(element);
            } else if (raw == Map.class) {
                if (depth >= MAX_DEPTH) {
                    return Map.of();
                }
                if (args[0] == String.class) {
                    return random.map(element);
                }
                if (args[0] instanceof Class<?> key && key.isRecord()) {
                    // a '@JsonValue' record of a String: its text is a property name, which no lone surrogate may be
                    Map<Object, Object> keyed = new LinkedHashMap<>();
                    random.map(element).forEach((name, v) -> keyed.put(textRecord(key, name), v));
                    return keyed;
                }
                return random.map(() -> reference(args[0], depth), element);
            }
            throw new AssertionError("no random " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c.isPrimitive()) {
            return primitive(c);
        } else if (c.isEnum()) {
            return random.nextEnum((Class) c);
        } else if (c.isRecord()) {
            return depth >= MAX_DEPTH ? null : record(c, depth + 1);
        } else if (c.isInterface() && c.isSealed()) {
            return variant(c, c, depth);
        }
        java.lang.reflect.Executable creator = creator(c);
        if (creator != null) {
            return depth >= MAX_DEPTH ? null : created(creator, depth + 1);
        }
        return scalar(c);
    }

    /**
     * A random record or enum that a sealed interface permits, through nested sealed interfaces. A record whose
     * interface has it hold its own type id ({@code include = EXISTING_PROPERTY}) holds its id there, as Jackson needs
     * to read it back.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object variant(Class<?> sealed, Class<?> root, int depth) {
        Class<?> permitted = random.pick(List.of(sealed.getPermittedSubclasses()));
        if (permitted.isInterface()) {
            return variant(permitted, root, depth);
        }
        if (permitted.isEnum()) {
            return random.nextEnum((Class) permitted);
        }
        if (depth >= MAX_DEPTH) {
            return null;
        }
        JsonTypeInfo info = typeInfo(root);
        if (info == null || info.include() != JsonTypeInfo.As.EXISTING_PROPERTY) {
            return record(permitted, depth + 1);
        }
        JsonTypeName name = permitted.getAnnotation(JsonTypeName.class);
        String id = name != null
                ? name.value()
                : permitted.getName().substring(permitted.getName().lastIndexOf('.') + 1);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Record drawn = (Record) record(permitted, depth + 1);
            RecordComponent[] components = permitted.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    args[i] = components[i].getName().equals(info.property())
                            ? id
                            : components[i].getAccessor().invoke(drawn);
                }
                Constructor<?> constructor = permitted.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(args);
            } catch (InvocationTargetException refused) {
                // the constructor refused this draw: draw again
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return null;
    }

    private static JsonTypeInfo typeInfo(Class<?> type) {
        JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
        if (info != null) {
            return info;
        }
        for (Class<?> parent : type.getInterfaces()) {
            info = typeInfo(parent);
            if (info != null) {
                return info;
            }
        }
        return null;
    }

    private Object scalar(Class<?> c) {
        Supplier<Object> scalar = scalars.get(c);
        if (scalar == null) {
            throw new AssertionError("no random " + c.getName());
        }
        return scalar.get();
    }

    private static Map<Class<?>, Supplier<Object>> scalars(EdgeCaseRandom random) {
        return Map.ofEntries(
                Map.entry(Boolean.class, random::nextBoolean),
                Map.entry(Byte.class, random::nextByte),
                Map.entry(Short.class, random::nextShort),
                Map.entry(Integer.class, random::nextInt),
                Map.entry(Long.class, random::nextLong),
                Map.entry(Float.class, random::nextFloat),
                Map.entry(Double.class, random::nextDouble),
                Map.entry(Character.class, random::nextChar),
                Map.entry(String.class, random::nextString),
                Map.entry(UUID.class, random::nextUuid),
                Map.entry(BigDecimal.class, random::nextBigDecimal),
                Map.entry(BigInteger.class, random::nextBigInteger),
                Map.entry(Instant.class, random::nextInstant),
                Map.entry(LocalDate.class, random::nextLocalDate),
                Map.entry(LocalTime.class, random::nextLocalTime),
                Map.entry(LocalDateTime.class, random::nextLocalDateTime),
                Map.entry(OffsetDateTime.class, random::nextOffsetDateTime),
                Map.entry(ZonedDateTime.class, random::nextZonedDateTime),
                Map.entry(Duration.class, random::nextDuration),
                Map.entry(Period.class, random::nextPeriod),
                Map.entry(Year.class, random::nextYear),
                Map.entry(YearMonth.class, random::nextYearMonth),
                Map.entry(OptionalInt.class, random::optionalInt),
                Map.entry(OptionalLong.class, random::optionalLong),
                Map.entry(OptionalDouble.class, random::optionalDouble),
                Map.entry(Bytes.class, random::nextBytes),
                Map.entry(java.net.URI.class, random::nextUri),
                Map.entry(java.util.Locale.class, random::nextLocale),
                Map.entry(java.util.Currency.class, random::nextCurrency),
                Map.entry(java.time.ZoneId.class, random::nextZoneId),
                Map.entry(java.time.ZoneOffset.class, random::nextZoneOffset),
                Map.entry(java.time.OffsetTime.class, random::nextOffsetTime),
                Map.entry(java.time.MonthDay.class, random::nextMonthDay));
    }
}
