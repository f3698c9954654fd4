package dev.eventrecords.processor.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codecs users registered in this compilation ({@code @EventCodec}, {@code @EventCodecs}), by the canonical name
 * of the type each carries. The processor fills it at the start of each round, before it reads that round's events,
 * so that the shape reader finds them; it only grows.
 */
public final class UserCodecs {

    /**
     * One codec.
     *
     * @param type the canonical name of the type it carries
     * @param codec the codec class
     * @param refused why the codec cannot be used, or {@code null} when it can; a type whose codec is refused is
     *     unsupported, with that reason, rather than silently carried
     */
    public record Registration(String type, JavaName codec, String refused) {}

    private final Map<String, Registration> byType = new HashMap<>();

    /**
     * Registers a codec, unless another already carries its type.
     *
     * @return the codec that carries the type already, if any (then nothing is registered)
     */
    public Optional<Registration> register(Registration registration) {
        Registration earlier = byType.putIfAbsent(registration.type(), registration);
        return Optional.ofNullable(earlier);
    }

    /** The codec registered for a type, by its canonical name. */
    public Optional<Registration> forType(String canonicalName) {
        return Optional.ofNullable(byType.get(canonicalName));
    }
}
