package dev.eventrecords.examples.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** A value class as the key is written as Jackson 3 writes it, read back equal, and so is the event around it. */
class PaymentReversedKeyTest {

    private final long seed = Long.getLong("eventrecords.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @Test
    void aValueClassKeyIsWrittenAsJacksonWritesItAndReadBack() {
        Serde<PaymentCaptured.PaymentId> keys = new PaymentReversedTopic().keySerde();
        for (int i = 0; i < 200; i++) {
            PaymentCaptured.PaymentId id =
                    new PaymentCaptured.PaymentId(new UUID(random.nextLong(), random.nextLong()));
            byte[] key = keys.serializer().serialize("jackson.paymentreversed", id);

            assertThat(new String(key, StandardCharsets.UTF_8))
                    .as("seed %d", seed)
                    .isEqualTo(JacksonDifferential.JACKSON.writeValueAsString(id));
            assertThat(keys.deserializer().deserialize("jackson.paymentreversed", key))
                    .as("seed %d", seed)
                    .isEqualTo(id);
        }
    }

    @Test
    void theEventIsWrittenAsJacksonWritesIt() {
        PaymentReversed event = new PaymentReversed(
                new PaymentCaptured.PaymentId(UUID.fromString("86af99cc-2a44-4b59-9d1e-0c4f5a1b2c3d")),
                new PaymentCaptured.Money(new BigDecimal("12.50"), "EUR"),
                "duplicate");
        byte[] value = new PaymentReversedSerde().serializer().serialize("jackson.paymentreversed", event);

        assertThat(new String(value, StandardCharsets.UTF_8))
                .isEqualTo(JacksonDifferential.JACKSON.writeValueAsString(event));
        assertThat(JacksonDifferential.JACKSON.readValue(value, PaymentReversed.class))
                .isEqualTo(event);
        assertThat(new PaymentReversedSerde().deserializer().deserialize("jackson.paymentreversed", value))
                .isEqualTo(event);
    }
}
