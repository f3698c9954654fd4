package dev.eventrecords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a user's {@link dev.eventrecords.kafka.JsonCodec} for a type the processor cannot inspect, such as a
 * library's value type: wherever that type appears in an event (a component, the element of a {@code List},
 * {@code Set} or {@code Optional}, a {@code Map}'s value, a component of a nested record), the generated serde writes
 * and reads it with this codec.
 *
 * <pre>{@code
 * @EventCodec
 * public final class MoneyCodec implements JsonCodec<Money> {
 *     public static final MoneyCodec INSTANCE = new MoneyCodec();
 *     ...
 * }
 * }</pre>
 *
 * <p>The processor finds the codecs of the compilation it runs in by this annotation; a codec compiled elsewhere (in a
 * library) is registered by naming it in {@link EventCodecs}. Either way the codec registers its type for every event
 * of the compilation, and the processor checks at compile time that:
 *
 * <ul>
 *   <li>the codec is a public class (a nested one {@code static} and public all the way out) that implements
 *       {@code JsonCodec<T>} with {@code T} a class or interface without type parameters;
 *   <li>it has a {@code public static final} field {@code INSTANCE} of its own type, which generated code calls: the
 *       codec is stateless and thread-safe, as every {@code JsonCodec} is;
 *   <li>{@code T} is immutable: vouched for by the option {@code -Aeventrecords.immutableTypes=...}, by an annotation
 *       named {@code Immutable} (Error Prone's, say), or proven deeply immutable from its declaration;
 *   <li>{@code T} is not already carried by the serde (a record, an enum, a collection or a supported value type);
 *   <li>no other codec of the compilation carries {@code T}.
 * </ul>
 *
 * A missing property of type {@code T} reads as {@code null}; the codec's {@code read} sees every other value, JSON
 * {@code null} included, and anything it throws is reported as a {@code SerializationException} naming the field.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EventCodec {}
