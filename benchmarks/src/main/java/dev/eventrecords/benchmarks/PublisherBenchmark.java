package dev.eventrecords.benchmarks;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Events per second through {@code EventPublisher.publish} against a plain {@code KafkaProducer<String, Object>} with
 * Jackson 3's serializer, both sending the same event with the same key to a real single-node KRaft broker started
 * in this JVM, with the same producer {@link #SETTINGS}. The ratio of the two is what the publisher itself costs:
 * finding the binding, making the six CloudEvents headers (about 200 bytes more per record, which the client and the
 * broker also carry), our serde instead of Jackson's, and a {@code CompletableFuture} per record. A third sender, the
 * plain producer with a fixed copy of the publisher's header bytes on every record, splits that cost in two: the
 * headers' bytes on the wire, and the rest.
 *
 * <p>One benchmark call sends {@link #BATCH} events, one {@code publish}/{@code send} each, then flushes and checks
 * every future: so the time measured is until the broker has acknowledged every event sent (nothing is left in the
 * producer's buffer at the end of an iteration), and JMH counts one operation per event
 * ({@code @OperationsPerInvocation}). The flush drains the pipeline once per batch, a fixed cost of a round trip or
 * two on loopback that every sender pays, small against the tens of milliseconds a call of 10,000 events takes.
 *
 * <p>Every fork starts its own broker (JMH runs each parameter combination in its own fork). Before measuring, the
 * setup checks that the senders write the same key and value bytes; at the end, that the broker received every
 * event sent.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR") // no "no SLF4J providers" warning from the broker's fork
public class PublisherBenchmark {

    /** Events sent per benchmark call, then flushed. */
    static final int BATCH = 10_000;

    /**
     * The producer settings of both senders, all explicit: {@code acks=all} and idempotence on (the publisher's
     * defaults), {@code linger.ms=5}, {@code batch.size} 64 KiB, no compression; everything else is Kafka's default
     * ({@code max.in.flight.requests.per.connection=5}, {@code buffer.memory} 32 MiB).
     */
    static final Map<String, Object> SETTINGS = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.LINGER_MS_CONFIG, "5",
            ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(64 * 1024),
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");

    /** The sender, by {@link Sender#named}. */
    @Param({Sender.EVENT_PUBLISHER, Sender.PLAIN_PRODUCER, Sender.PLAIN_PRODUCER_HEADERS})
    public String sender;

    /** The event shape, by {@link Shape#name()}. */
    @Param({"small", "medium"})
    public String shape;

    private EmbeddedBroker broker;
    private Sender<Object> events;
    private Object event;
    private String topic;
    private final List<Future<RecordMetadata>> sent = new ArrayList<>(BATCH);
    private long sentCount;

    /** Starts the broker, creates the topic, checks both senders write the same bytes, and opens the sender. */
    @Setup(Level.Trial)
    public void setUp() {
        @SuppressWarnings("unchecked") // a shape's event is of its type; the senders take any event
        Shape<Object> s = (Shape<Object>) Shape.named(shape);
        checkSameBytes(s);
        event = s.event();
        topic = s.topic();
        broker = EmbeddedBroker.start();
        broker.createTopic(topic);
        Map<String, Object> settings = new HashMap<>(SETTINGS);
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        events = Sender.named(sender, settings, s);
    }

    /**
     * Sends {@link #BATCH} events, one call each, and waits until the broker has acknowledged all of them.
     *
     * @throws ExecutionException when the broker refused one
     * @throws InterruptedException never, unless JMH interrupts the run
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void publish() throws ExecutionException, InterruptedException {
        sent.clear();
        for (int i = 0; i < BATCH; i++) {
            sent.add(events.send(event));
        }
        events.flush();
        for (Future<RecordMetadata> future : sent) {
            future.get(); // complete after the flush; throws when a send failed
        }
        sentCount += BATCH;
    }

    /** Closes the sender and the broker, after checking that the broker has every event sent. */
    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            events.close();
            long received = broker.endOffset(topic);
            if (received != sentCount) {
                throw new IllegalStateException("'" + sender + "' sent " + sentCount + " events to '" + topic
                        + "', the broker has " + received);
            }
        } finally {
            broker.close();
        }
    }

    /** The plain producer's key and value bytes are the ones the event's binding (so the publisher) writes. */
    private static <E> void checkSameBytes(Shape<E> shape) {
        TopicBinding<?, E> binding = EventCatalog.bindingFor(shape.type())
                .orElseThrow(() -> new IllegalStateException("no binding for " + shape.type()));
        checkSameBytes(binding, shape);
    }

    private static <K, E> void checkSameBytes(TopicBinding<K, E> binding, Shape<E> shape) {
        E event = shape.event();
        String where = "shape '" + shape.name() + "'";
        if (!binding.topic().equals(shape.topic())) {
            throw new IllegalStateException(
                    where + ": the publisher writes to '" + binding.topic() + "', not '" + shape.topic() + "'");
        }
        byte[] ourKey = binding.keySerde()
                .serializer()
                .serialize(
                        binding.topic(),
                        new RecordHeaders(),
                        binding.keyExtractor().key(event));
        byte[] plainKey =
                new StringSerializer().serialize(shape.topic(), shape.key().apply(event));
        byte[] ourValue = binding.valueSerde().serializer().serialize(binding.topic(), new RecordHeaders(), event);
        byte[] plainValue = Sender.jackson3().serialize(shape.topic(), event);
        if (!Arrays.equals(ourKey, plainKey) || !Arrays.equals(ourValue, plainValue)) {
            throw new IllegalStateException(where + ": the plain producer writes other key or value bytes than the"
                    + " publisher; the two would not send the same records");
        }
    }
}
