package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** Immutable value classes: properties classes through a creator, single-value classes through '@JsonValue'. */
class PaymentCapturedDifferentialTest extends JacksonDifferential<PaymentCaptured> {

    @Override
    Serde<PaymentCaptured> serde() {
        return new PaymentCapturedSerde();
    }

    @Override
    Class<PaymentCaptured> eventClass() {
        return PaymentCaptured.class;
    }

    @Override
    PaymentCaptured randomEvent(EdgeCaseRandom r) {
        return new PaymentCaptured(
                r.orNull(r::nextString),
                r.orNull(() -> new PaymentCaptured.PaymentId(r.nextUuid())),
                r.orNull(() -> money(r)),
                r.orNull(() -> r.list(() -> money(r))),
                r.orNull(() -> r.optional(() -> money(r))),
                r.orNull(() -> r.map(() -> money(r))),
                r.orNull(() -> r.optional(() -> new PaymentCaptured.PaymentId(r.nextUuid()))),
                r.orNull(() -> r.list(() -> PaymentCaptured.Tag.of(r.orNull(r::nextString)))),
                r.orNull(() -> PaymentCaptured.Rate.of(
                        r.orNull(r::nextString), r.nextBoolean(), Math.max(r.nextLong(), -1_000_000_000_000L))),
                r.orNull(() -> new PaymentCaptured.Line(
                        r.orNull(() -> new PaymentCaptured.PaymentId(r.nextUuid())),
                        r.orNull(() -> money(r)),
                        r.nextInt())),
                r.orNull(() -> r.optional(
                        () -> new PaymentCaptured.Allocation(r.orNull(() -> r.list(r::nextString)), r.nextInt()))),
                r.orNull(r::nextString));
    }

    private static PaymentCaptured.Money money(EdgeCaseRandom r) {
        return new PaymentCaptured.Money(r.orNull(r::nextBigDecimal), r.orNull(r::nextString));
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "\"6f1f2a4e-9a3b-4f8e-8f4c-1d2e3f4a5b6c\"",
                "{\"amount\":1.5,\"currency\":\"EUR\"}",
                "{\"ZUnit\":\"bp\",\"capped\":true,\"basisPoints\":12}",
                "{\"basisPoints\":-2000000000000}",
                "{\"currency\":\"EUR\",\"x\":[1],\"amount\":\"2\"}",
                "{\"capped\":true,\"extra\":{},\"basisPoints\":7,\"ZUnit\":null,\"zUnit\":\"z\"}",
                "[\"a\",null]",
                "{\"share\":3,\"accounts\":null}",
                "{\"accounts\":[\"a\",null]}");
    }
}
