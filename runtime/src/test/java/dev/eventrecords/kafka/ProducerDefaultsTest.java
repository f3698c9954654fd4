package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProducerDefaultsTest {

    private static final Map<String, Object> BOOTSTRAP = Map.of("bootstrap.servers", "localhost:9092");

    @Test
    void addsAcksAllAndIdempotenceUnderTheUsersProperties() {
        Properties merged = ProducerDefaults.over(BOOTSTRAP);

        assertThat(merged)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("bootstrap.servers", "localhost:9092")
                .hasSize(3);
    }

    @Test
    void theUsersValuesWin() {
        Map<String, Object> user = new HashMap<>(BOOTSTRAP);
        user.put("acks", "1");
        user.put("enable.idempotence", "false");
        user.put("linger.ms", 20);

        Properties merged = ProducerDefaults.over(user);

        assertThat(merged)
                .containsEntry("acks", "1")
                .containsEntry("enable.idempotence", "false")
                .containsEntry("linger.ms", 20);
    }

    @Test
    void settingAcksRetriesOrInFlightAloneLeavesIdempotenceToKafka() {
        for (String key : new String[] {"acks", "retries", "max.in.flight.requests.per.connection"}) {
            Map<String, Object> user = new HashMap<>(BOOTSTRAP);
            user.put(key, "0");

            assertThat(ProducerDefaults.over(user)).as(key).doesNotContainKey("enable.idempotence");
        }
    }

    @Test
    void serializerClassesAreRemovedBecauseTheCallerGivesItsOwn() {
        Map<String, Object> user = new HashMap<>(BOOTSTRAP);
        user.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        user.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");

        assertThat(ProducerDefaults.over(user)).doesNotContainKeys("key.serializer", "value.serializer");
    }

    @Test
    void theUsersMapIsNotChanged() {
        Map<String, Object> user = new HashMap<>(BOOTSTRAP);
        user.put("value.serializer", "x");

        ProducerDefaults.over(user);

        assertThat(user).containsOnlyKeys("bootstrap.servers", "value.serializer");
    }
}
