package dev.eventrecords.examples.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.eventrecords.Bytes;
import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Random values of the corpus's types, classes loaded at test time included, drawn from {@link EdgeCaseRandom} by the
 * declared type: records component by component, enums, a sealed interface by one of its permitted subtypes (at any
 * depth), an immutable value class through its {@code @JsonCreator} constructor or factory (or its only public
 * constructor), the library types the corpus carries through user codecs, and the JDK's value types. Every reference
 * is sometimes {@code null}, containers hold 0 to 4 elements and nest; a draw that a constructor refuses is drawn
 * again. Below {@value #MAX_DEPTH} levels, records are {@code null} and containers empty.
 */
final class CorpusValues {

    private static final int MAX_DEPTH = 6;
    private static final int ATTEMPTS = 2_000;

    private static final List<CurrencyUnit> JODA_CURRENCIES = CurrencyUnit.registeredCurrencies().stream()
            .sorted(Comparator.comparing(CurrencyUnit::getCode))
            .toList();

    private final EdgeCaseRandom random;
    private final Map<Class<?>, Supplier<Object>> scalars;

    CorpusValues(EdgeCaseRandom random) {
        this.random = random;
        this.scalars = scalars();
    }

    /** An instance of the record {@code type} that its constructor accepts. */
    Object next(Class<?> type) {
        Object value = composite(type, Map.of(), 0);
        if (value == null) {
            throw new AssertionError(
                    "no random '" + type.getName() + "' in " + ATTEMPTS + " draws passes its constructor");
        }
        return value;
    }

    /** An instance of a record or value class; {@code bindings} gives its type variables' arguments. */
    private Object composite(Class<?> type, Map<TypeVariable<?>, Type> bindings, int depth) {
        Executable creator = creator(type);
        creator.setAccessible(true);
        Type[] parameters = type.isRecord()
                ? Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getGenericType)
                        .toArray(Type[]::new)
                : creator.getGenericParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = bound(parameters[i], bindings);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object[] args = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                args[i] = value(parameters[i], depth);
            }
            try {
                return creator instanceof Constructor<?> c
                        ? c.newInstance(args)
                        : ((Method) creator).invoke(null, args);
            } catch (InvocationTargetException refused) {
                // the constructor refused this draw: draw again
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return null;
    }

    /**
     * How Jackson would build the type: a record by its canonical constructor, a class by its {@code @JsonCreator}
     * constructor or static factory, else by its only public constructor.
     */
    private static Executable creator(Class<?> type) {
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(parameterTypes);
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
        }
        List<Executable> candidates = new ArrayList<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.isAnnotationPresent(JsonCreator.class)) {
                return c;
            }
            if (Modifier.isPublic(c.getModifiers())) {
                candidates.add(c);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JsonCreator.class) && Modifier.isStatic(m.getModifiers())) {
                return m;
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw new AssertionError("no way to build a random '" + type.getName() + "': no @JsonCreator and "
                + candidates.size() + " public constructors");
    }

    /** The type with the type variables of {@code bindings} replaced by their arguments. */
    private static Type bound(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            Type argument = bindings.get(variable);
            if (argument == null) {
                throw new AssertionError("no random " + variable + ": its type argument is unknown");
            }
            return argument;
        }
        if (type instanceof ParameterizedType p && !bindings.isEmpty()) {
            Type[] args = p.getActualTypeArguments().clone();
            for (int i = 0; i < args.length; i++) {
                args[i] = bound(args[i], bindings);
            }
            return new ParameterizedType() {
                @Override
                public Type[] getActualTypeArguments() {
                    return args.clone();
                }

                @Override
                public Type getRawType() {
                    return p.getRawType();
                }

                @Override
                public Type getOwnerType() {
                    return p.getOwnerType();
                }
            };
        }
        return type;
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
            Supplier<Object> element = () -> value(args[args.length - 1], depth + 1);
            if (raw == Optional.class) {
                Object present = reference(args[0], depth);
                return present == null ? Optional.empty() : random.optional(() -> present);
            } else if (raw == List.class) {
                return depth >= MAX_DEPTH ? List.of() : random.list(element);
            } else if (raw == Set.class) {
                return depth >= MAX_DEPTH ? Set.of() : random.set(element);
            } else if (raw == Map.class) {
                return depth >= MAX_DEPTH ? Map.of() : map(args[0], element, depth);
            } else if (raw instanceof Class<?> generic && !generic.isInterface()) {
                TypeVariable<?>[] variables = generic.getTypeParameters();
                Map<TypeVariable<?>, Type> bindings = new LinkedHashMap<>();
                for (int i = 0; i < variables.length; i++) {
                    bindings.put(variables[i], args[i]);
                }
                return depth >= MAX_DEPTH ? null : composite(generic, bindings, depth + 1);
            }
            throw new AssertionError("no random " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c.isPrimitive()) {
            return primitive(c);
        } else if (c.isEnum()) {
            return random.nextEnum((Class) c);
        } else if (scalars.containsKey(c)) {
            return scalars.get(c).get();
        } else if (c.isSealed()) {
            return reference(random.pick(List.of(c.getPermittedSubclasses())), depth);
        } else if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
            throw new AssertionError("no random " + c.getName() + ": abstract and not sealed");
        }
        return depth >= MAX_DEPTH ? null : composite(c, Map.of(), depth + 1);
    }

    /** Keys of any type the corpus uses; a text key never holds a lone surrogate, which Jackson cannot read back. */
    private Map<Object, Object> map(Type keyType, Supplier<Object> value, int depth) {
        Map<Object, Object> values = new LinkedHashMap<>();
        for (Object key : random.list(() -> reference(keyType, depth + 1))) {
            if (key != null) {
                values.put(key instanceof String text ? withoutLoneSurrogates(text) : key, value.get());
            }
        }
        return values;
    }

    private static String withoutLoneSurrogates(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.getType(codePoint) != Character.SURROGATE) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    /** Joda-Money's amounts at the currency's scale, from tiny to a 30-digit amount. */
    private Money jodaMoney() {
        CurrencyUnit currency = random.pick(JODA_CURRENCIES);
        BigDecimal amount = random.edge()
                ? random.pick(List.of(BigDecimal.ZERO, new BigDecimal("-0.01"), new BigDecimal("1E+20")))
                : random.nextBigDecimal().remainder(BigDecimal.TEN.pow(30));
        return Money.of(currency, amount.setScale(Math.max(currency.getDecimalPlaces(), 0), RoundingMode.HALF_EVEN));
    }

    private Map<Class<?>, Supplier<Object>> scalars() {
        Map<Class<?>, Supplier<Object>> scalars = new LinkedHashMap<>(Map.ofEntries(
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
                Map.entry(URI.class, random::nextUri),
                Map.entry(Locale.class, random::nextLocale),
                Map.entry(Currency.class, random::nextCurrency),
                Map.entry(ZoneId.class, random::nextZoneId),
                Map.entry(ZoneOffset.class, random::nextZoneOffset),
                Map.entry(OffsetTime.class, random::nextOffsetTime),
                Map.entry(MonthDay.class, random::nextMonthDay)));
        scalars.put(Money.class, this::jodaMoney);
        scalars.put(CurrencyUnit.class, () -> random.pick(JODA_CURRENCIES));
        scalars.put(
                org.apache.kafka.common.Uuid.class,
                () -> new org.apache.kafka.common.Uuid(random.nextLong(), random.nextLong()));
        scalars.put(
                org.apache.kafka.common.TopicPartition.class,
                () -> new org.apache.kafka.common.TopicPartition(random.nextString(), random.nextInt()));
        return scalars;
    }
}
