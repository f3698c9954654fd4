package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;

/** {@code include = WRAPPER_OBJECT} with Jackson's default ids, in an optional and in lists that are map values. */
class AlertRoutedDifferentialTest extends PolymorphicDifferential<AlertRouted> {

    @Override
    Serde<AlertRouted> serde() {
        return new AlertRoutedSerde();
    }

    @Override
    Class<AlertRouted> eventClass() {
        return AlertRouted.class;
    }

    @Override
    AlertRouted randomEvent(EdgeCaseRandom r) {
        Map<String, Channel> escalation = null;
        if (r.nextInt(4) != 0) {
            escalation = new LinkedHashMap<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                escalation.put("k" + r.nextInt(5), r.orNull(() -> channel(r)));
            }
        }
        return new AlertRouted(
                r.orNull(r::nextString),
                r.orNull(() -> channel(r)),
                r.optional(() -> channel(r)),
                escalation,
                r.nextInt(4) == 0 ? null : r.list(() -> r.optional(() -> channel(r))),
                r.orNull(r::nextString));
    }

    private static Channel channel(EdgeCaseRandom r) {
        switch (r.nextInt(3)) {
            case 0:
                return new Channel.Email(r.orNull(r::nextString), r.optional(r::nextString));
            case 1:
                return new Channel.Sms(r.orNull(r::nextString));
            default:
                return r.nextEnum(Channel.Pager.class);
        }
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "{\"Channel$Pager\":\"DAY\"}",
                "{\"Channel$Pager\":\"night\"}",
                "{\"Channel$Pager\":null}",
                "{\"Channel$Pager\":0}",
                "{\"Pager\":\"DAY\"}",
                "{\"Channel$Sms\":{\"number\":\"1\"}}",
                "{\"Channel$Sms\":null}",
                "{\"Channel$Sms\":{}}",
                "{\"Channel$Sms\":{},\"x\":1}",
                "{\"Channel$Email\":{\"address\":\"a\"}}",
                "[\"Channel$Sms\",{}]",
                "{}",
                "\"Channel$Sms\"");
    }

    @Override
    String idProperty() {
        return null;
    }

    @Override
    Set<String> typeIds() {
        return Set.of("Channel$Email", "Channel$Sms", "Channel$Pager");
    }
}
