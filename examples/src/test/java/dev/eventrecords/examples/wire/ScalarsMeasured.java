package dev.eventrecords.examples.wire;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;

/** Every scalar component type: the primitives, their wrappers, text, identifiers, big numbers and enums. */
@Event(topic = "wire.scalars")
public record ScalarsMeasured(
        @Key String id,
        boolean flag,
        byte smallByte,
        short smallShort,
        int count,
        long total,
        float ratio,
        double precise,
        char letter,
        Boolean boxedFlag,
        Byte boxedByte,
        Short boxedShort,
        Integer boxedCount,
        Long boxedTotal,
        Float boxedRatio,
        Double boxedPrecise,
        Character boxedLetter,
        String text,
        UUID uuid,
        BigDecimal amount,
        BigInteger huge,
        Colour colour,
        Priority priority) {}
