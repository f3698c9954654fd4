package dev.eventrecords.examples.family;

import static dev.eventrecords.examples.family.Clients.utf8;

import dev.eventrecords.kafka.ForeignEventTypeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What the fault suite writes to {@code family.parcels}, planned from one seed: good family records, poison pills of
 * every kind, and records of a member this reader does not know; and, once written by idempotent producers, each
 * record at the position the broker gave it, so that what consumers read can be checked against it by content.
 */
final class FaultWorkload {

    static final ParcelEventTopic PARCELS = new ParcelEventTopic();

    /** The {@code max.request.size} of the dead-letter producers, Kafka's default: an oversize pill exceeds it. */
    static final int DEAD_LETTER_REQUEST_SIZE = 1024 * 1024;

    /** What the source topic and the pill producers allow, so that oversize pills can be written at all. */
    static final int SOURCE_MESSAGE_SIZE = 3 * 1024 * 1024;

    private static final Instant BASE = Instant.parse("2026-11-26T09:00:00Z");
    private static final String FOREIGN_TYPE = "dev.eventrecords.examples.family.ParcelLost";
    private static final Duration ACKNOWLEDGED = Duration.ofSeconds(150);

    /** What a record is, and so where it must end up. */
    enum Kind {
        /** A family member written by the binding's producer: it must be delivered. */
        GOOD,
        /** Random bytes under a member's type. */
        CORRUPT_BYTES,
        /** A member's JSON cut short. */
        TRUNCATED,
        /** A member's JSON with a field of the wrong type. */
        WRONG_FIELD_TYPE,
        /** A member's JSON without a {@code ce_type} header. */
        MISSING_TYPE,
        /** A {@code ce_type} header that lies: it names a member the payload is not. */
        LYING_TYPE,
        /** A pill of several hundred kilobytes whose error repeats it: it fits a dead letter whole. */
        LARGE,
        /** A pill larger than the dead-letter producer may send: only a reduced dead letter fits. */
        OVERSIZE,
        /** A member added by a newer producer: valid data for another reader, skipped and counted. */
        FOREIGN;

        boolean pill() {
            return this != GOOD && this != FOREIGN;
        }
    }

    /** A record's place in the source topic. */
    record Position(int partition, long offset) {
        @Override
        public String toString() {
            return partition + "@" + offset;
        }
    }

    /** A planned record: the event for a good one, the raw bytes and headers for the others. */
    record Planned(Kind kind, ParcelEvent event, String key, byte[] value, List<Header> headers) {}

    /** A record the broker acknowledged, at its position, with the timestamp it gave it. */
    record Written(
            Kind kind, Position at, ParcelEvent event, String key, byte[] value, List<Header> headers, long time) {}

    private final List<List<Planned>> perProducer;
    private final Map<Position, Written> written = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final int total;

    private FaultWorkload(List<List<Planned>> perProducer) {
        this.perProducer = perProducer;
        this.total = perProducer.stream().mapToInt(List::size).sum();
    }

    /**
     * Plans {@code good} good records and, among them, pills and foreign records, for {@code producers} producers.
     * Every pill is checked to fail the family's deserializer as a poison pill before anything is written.
     */
    static FaultWorkload plan(
            Random random, int producers, int good, int smallPills, int large, int oversize, int foreign) {
        List<Planned> all = new ArrayList<>();
        for (int i = 0; i < good; i++) {
            all.add(good(random, i));
        }
        Kind[] small = {Kind.CORRUPT_BYTES, Kind.TRUNCATED, Kind.WRONG_FIELD_TYPE, Kind.MISSING_TYPE, Kind.LYING_TYPE};
        int pill = 0;
        for (int i = 0; i < smallPills; i++) {
            all.add(pill(random, small[i % small.length], pill++));
        }
        for (int i = 0; i < large; i++) {
            all.add(pill(random, Kind.LARGE, pill++));
        }
        for (int i = 0; i < oversize; i++) {
            all.add(pill(random, Kind.OVERSIZE, pill++));
        }
        for (int i = 0; i < foreign; i++) {
            all.add(foreign(random, i));
        }
        Collections.shuffle(all, random);
        List<List<Planned>> perProducer = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            perProducer.add(new ArrayList<>());
        }
        for (int i = 0; i < all.size(); i++) {
            perProducer.get(i % producers).add(all.get(i));
        }
        return new FaultWorkload(perProducer);
    }

    int producers() {
        return perProducer.size();
    }

    int total() {
        return total;
    }

    /** How many records the broker has acknowledged so far. */
    int acknowledged() {
        return acknowledged.get();
    }

    Map<Position, Written> written() {
        return written;
    }

    long count(Kind kind) {
        return perProducer.stream()
                .flatMap(List::stream)
                .filter(p -> p.kind() == kind)
                .count();
    }

    /**
     * Writes producer {@code index}'s share in chunks, with pauses drawn from {@code random} between them, so that the
     * writing spans the faults: good records with the binding's idempotent producer, the others with an idempotent
     * raw producer. Waits for each chunk's acknowledgements.
     */
    void write(int index, String bootstrapServers, Random random) throws InterruptedException {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "faults-producer-" + index);
        Properties raw = new Properties();
        raw.putAll(properties);
        raw.put(ProducerConfig.CLIENT_ID_CONFIG, "faults-pill-producer-" + index);
        raw.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        raw.put(ProducerConfig.ACKS_CONFIG, "all");
        raw.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(SOURCE_MESSAGE_SIZE));
        List<Planned> share = perProducer.get(index);
        try (KafkaProducer<String, ParcelEvent> events = PARCELS.producer(properties);
                KafkaProducer<byte[], byte[]> pills =
                        new KafkaProducer<>(raw, new ByteArraySerializer(), new ByteArraySerializer())) {
            int from = 0;
            while (from < share.size()) {
                int to = Math.min(share.size(), from + 20 + random.nextInt(40));
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (Planned planned : share.subList(from, to)) {
                    sent.add(
                            planned.kind() == Kind.GOOD
                                    ? events.send(PARCELS.record(planned.event()))
                                    : pills.send(new ProducerRecord<>(
                                            PARCELS.topic(),
                                            null,
                                            utf8(planned.key()),
                                            planned.value(),
                                            new RecordHeaders(planned.headers().toArray(Header[]::new)))));
                }
                for (int i = 0; i < sent.size(); i++) {
                    acknowledge(share.get(from + i), sent.get(i));
                }
                from = to;
                Thread.sleep(250 + random.nextInt(600));
            }
        }
    }

    private void acknowledge(Planned planned, Future<RecordMetadata> sent) throws InterruptedException {
        RecordMetadata metadata;
        try {
            metadata = sent.get(ACKNOWLEDGED.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge a " + planned.kind() + " record", e);
        }
        Position at = new Position(metadata.partition(), metadata.offset());
        Written previous = written.put(
                at,
                new Written(
                        planned.kind(),
                        at,
                        planned.event(),
                        planned.key(),
                        planned.value(),
                        planned.headers(),
                        metadata.timestamp()));
        if (previous != null) {
            throw new IllegalStateException("two records acknowledged at " + at);
        }
        acknowledged.incrementAndGet();
    }

    // ---- planning ---------------------------------------------------------------------------------------------

    private static String key(Random random) {
        return "parcel-" + random.nextInt(60);
    }

    /** A member of the family; its sequence, unique in the run, tells it apart from every other. */
    private static Planned good(Random random, int sequence) {
        String key = key(random);
        Instant at = BASE.plusMillis(sequence * 1_000L + random.nextInt(1000));
        ParcelEvent event = switch (random.nextInt(3)) {
            case 0 -> new ParcelRegistered(key, at, sequence, "sender-" + random.nextInt(100));
            case 1 -> new ParcelMoved(key, at, sequence, "hub-" + random.nextInt(20));
            default ->
                new ParcelReturned(key, at, sequence, List.of("reason-" + random.nextInt(5), "note " + sequence));
        };
        return new Planned(Kind.GOOD, event, key, null, List.of());
    }

    private static Planned foreign(Random random, int n) {
        String key = key(random);
        byte[] value = utf8("{\"parcelId\":\"" + key + "\",\"at\":\"" + BASE + "\",\"sequence\":" + n + "}");
        return new Planned(Kind.FOREIGN, null, key, value, headers(FOREIGN_TYPE, "foreign-" + n));
    }

    private static Planned pill(Random random, Kind kind, int n) {
        String key = key(random);
        String trace = "pill-" + n;
        String moved = ParcelMovedSerde.EVENT_TYPE;
        String movedJson = "{\"parcelId\":\"" + key + "\",\"at\":\"" + BASE.plusSeconds(n) + "\",\"sequence\":" + n
                + ",\"hub\":\"York\"}";
        Planned planned = switch (kind) {
            case CORRUPT_BYTES -> {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                bytes[0] = (byte) ('!' + random.nextInt(2)); // never a JSON value's first byte
                yield new Planned(kind, null, key, bytes, headers(moved, trace));
            }
            case TRUNCATED ->
                new Planned(
                        kind,
                        null,
                        key,
                        Arrays.copyOf(utf8(movedJson), 1 + random.nextInt(movedJson.length() - 1)),
                        headers(moved, trace));
            case WRONG_FIELD_TYPE ->
                new Planned(
                        kind,
                        null,
                        key,
                        utf8(movedJson.replace("\"sequence\":" + n, "\"sequence\":\"seventh\"")),
                        headers(moved, trace));
            case MISSING_TYPE -> new Planned(kind, null, key, utf8(movedJson), headers(null, trace));
            case LYING_TYPE ->
                random.nextBoolean()
                        // a batch of moves under a single move's type
                        ? new Planned(kind, null, key, utf8("[" + movedJson + "]"), headers(moved, trace))
                        // a move, said to be a return, whose reasons are a text
                        : new Planned(
                                kind,
                                null,
                                key,
                                utf8(movedJson.replace("\"hub\"", "\"reasons\"")),
                                headers(ParcelReturnedSerde.EVENT_TYPE, trace));
            case LARGE ->
                new Planned(kind, null, key, huge(key, 300_000 + random.nextInt(400_000)), headers(moved, trace));
            case OVERSIZE ->
                new Planned(
                        kind,
                        null,
                        key,
                        huge(key, DEAD_LETTER_REQUEST_SIZE + 50_000 + random.nextInt(600_000)),
                        headers(moved, trace));
            default -> throw new IllegalArgumentException(kind + " is not a pill");
        };
        requirePoisonPill(planned);
        return planned;
    }

    /** A move whose {@code at} is {@code size} characters of garbage, so that its error repeats it. */
    private static byte[] huge(String key, int size) {
        return utf8(
                "{\"parcelId\":\"" + key + "\",\"at\":\"" + "x".repeat(size) + "\",\"sequence\":1,\"hub\":\"Leeds\"}");
    }

    /** The pill's headers: its type (when it has one), a trace id and a header that is not UTF-8. */
    private static List<Header> headers(String type, String trace) {
        List<Header> headers = new ArrayList<>();
        if (type != null) {
            headers.add(new RecordHeader("ce_type", utf8(type)));
        }
        headers.add(new RecordHeader("trace-id", utf8(trace)));
        headers.add(new RecordHeader("raw", new byte[] {0, (byte) 0xff, (byte) trace.length()}));
        return List.copyOf(headers);
    }

    /** A planned pill that the family's deserializer reads, or skips as foreign, would not test a dead letter. */
    private static void requirePoisonPill(Planned pill) {
        Deserializer<ParcelEvent> deserializer = PARCELS.valueSerde().deserializer();
        RecordHeaders headers = new RecordHeaders(pill.headers().toArray(Header[]::new));
        try {
            ParcelEvent read = deserializer.deserialize(PARCELS.topic(), headers, pill.value());
            throw new IllegalStateException("the planned " + pill.kind() + " pill reads as " + read + ": "
                    + new String(pill.value(), 0, Math.min(200, pill.value().length), StandardCharsets.UTF_8));
        } catch (ForeignEventTypeException e) {
            throw new IllegalStateException("the planned " + pill.kind() + " pill is a foreign type", e);
        } catch (SerializationException expected) {
            // a poison pill indeed
        }
    }
}
