package dev.eventrecords.examples.family;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka clients the family tests use against one broker: raw producers and consumers, topics, end offsets, and
 * reading a known number of records from them with a deadline.
 */
final class Clients {

    static final Duration POLL = Duration.ofMillis(100);
    static final Duration DEADLINE = Duration.ofSeconds(20);

    private final String bootstrapServers;

    Clients(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** {@code bootstrap.servers} and no auto-commit: each test reads from the offsets it took. */
    Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return properties;
    }

    Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    void createTopics(NewTopic... topics) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(topics)).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot create " + List.of(topics), e);
        }
    }

    KafkaProducer<byte[], byte[]> rawProducer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    KafkaConsumer<byte[], byte[]> rawConsumer() {
        return new KafkaConsumer<>(properties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Sends each record with a raw producer and waits until the broker has them all. */
    List<RecordMetadata> sendRaw(List<ProducerRecord<byte[], byte[]>> records) {
        try (KafkaProducer<byte[], byte[]> producer = rawProducer()) {
            List<RecordMetadata> sent = new ArrayList<>();
            for (ProducerRecord<byte[], byte[]> record : records) {
                sent.add(producer.send(record).get());
            }
            return sent;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot produce", e);
        }
    }

    Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = rawConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return consumer.endOffsets(partitions);
        }
    }

    /** Reads exactly {@code count} records from the given offsets with {@code consumer}, which it closes. */
    static <K, V> List<ConsumerRecord<K, V>> read(Consumer<K, V> consumer, Map<TopicPartition, Long> from, int count) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (consumer) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(records::add);
            }
        }
        if (records.size() != count) {
            fail("expected " + count + " records from " + from + ", read " + records.size());
        }
        return records;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The one header of that key, as UTF-8. */
    static String header(ConsumerRecord<?, ?> record, String key) {
        List<Header> found = new ArrayList<>();
        record.headers().headers(key).forEach(found::add);
        if (found.size() != 1) {
            fail("expected one header '" + key + "', found " + found.size());
        }
        return new String(found.get(0).value(), StandardCharsets.UTF_8);
    }
}
