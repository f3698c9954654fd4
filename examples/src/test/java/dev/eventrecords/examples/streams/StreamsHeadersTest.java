package dev.eventrecords.examples.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.kafka.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Kafka Streams forwards an input record's headers to every sink and state store it reaches. With the generated
 * serdes and no user code, every topology here works, and every record it writes carries exactly one set of the
 * CloudEvents headers describing its own value: its type, {@code ce_source} of the topic written, its event time, and
 * a {@code ce_id} that is new whenever the type or the topic differs from what the headers described. Each topology
 * runs in a {@link TopologyTestDriver}: the real Streams runtime, without a broker.
 *
 * <p>The input records are made by {@link OrderPlacedTopic#record} (so they carry the CloudEvents headers of
 * {@code streams.orders}), plus a header of the user's ({@code traceparent}, which passes through untouched) and a
 * CloudEvents extension ({@code ce_subject}), which describes the input and so is not written on any output.
 */
class StreamsHeadersTest {

    private static final String ORDERS = "streams.orders";
    private static final Instant AT = Instant.parse("2026-11-26T10:15:30.123Z");
    private static final byte[] TRACE =
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8);

    private static final OrderPlacedTopic ORDER_BINDING = new OrderPlacedTopic();

    @Test
    void aFilterWritesTheHeadersOfTheTopicItWrites() {
        StreamsBuilder builder = new StreamsBuilder();
        orders(builder)
                .filter((orderId, order) -> order.amountCents() >= 10_000)
                .to("streams.large-orders", Produced.with(Serdes.String(), new OrderPlacedSerde()));

        run(builder.build(), driver -> {
            Headers small = pipe(driver, order("o-1", "ada", 500));
            Headers large = pipe(driver, order("o-2", "ada", 25_000));

            List<TestRecord<String, OrderPlaced>> out = read(driver, "streams.large-orders", new OrderPlacedSerde());

            assertThat(out).extracting(TestRecord::value).containsExactly(order("o-2", "ada", 25_000));
            String id = assertDescribes(out.get(0), ORDER_BINDING.eventType(), "streams.large-orders", AT);
            assertThat(id).isNotEqualTo(id(large)).isNotEqualTo(id(small));
            assertKeepsTheUsersHeader(out.get(0));
        });
    }

    @Test
    void aMapToAnotherEventTypeWritesThatType() {
        StreamsBuilder builder = new StreamsBuilder();
        orders(builder)
                .mapValues(order -> new OrderCancelled(
                        order.orderId(), "card declined", order.placedAt().plusSeconds(5)))
                .to("streams.cancellations", Produced.with(Serdes.String(), new OrderCancelledSerde()));

        run(builder.build(), driver -> {
            Headers input = pipe(driver, order("o-1", "ada", 500));

            List<TestRecord<String, OrderCancelled>> out =
                    read(driver, "streams.cancellations", new OrderCancelledSerde());

            assertThat(out)
                    .extracting(TestRecord::value)
                    .containsExactly(new OrderCancelled("o-1", "card declined", AT.plusSeconds(5)));
            String id = assertDescribes(
                    out.get(0), new OrderCancelledTopic().eventType(), "streams.cancellations", AT.plusSeconds(5));
            assertThat(id).isNotEqualTo(id(input));
            assertKeepsTheUsersHeader(out.get(0));
        });
    }

    @Test
    void aStateStoreHoldsAnotherEventTypeAndTheSinkStillWritesTheInputType() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore("customer-totals"), Serdes.String(), new OrdersCountedSerde()));
        orders(builder)
                .processValues(CountingProcessor::new, "customer-totals")
                .to("streams.accepted-orders", Produced.with(Serdes.String(), new OrderPlacedSerde()));

        run(builder.build(), driver -> {
            pipe(driver, order("o-1", "ada", 500));
            pipe(driver, order("o-2", "ada", 700));
            pipe(driver, order("o-3", "bob", 900));

            KeyValueStore<String, OrdersCounted> store = driver.getKeyValueStore("customer-totals");
            assertThat(store.get("ada")).isEqualTo(new OrdersCounted("ada", 2, 1_200, AT));
            assertThat(store.get("bob")).isEqualTo(new OrdersCounted("bob", 1, 900, AT));

            List<TestRecord<String, OrderPlaced>> out = read(driver, "streams.accepted-orders", new OrderPlacedSerde());
            assertThat(out)
                    .extracting(TestRecord::value)
                    .containsExactly(order("o-1", "ada", 500), order("o-2", "ada", 700), order("o-3", "bob", 900));
            for (TestRecord<String, OrderPlaced> record : out) {
                assertDescribes(record, ORDER_BINDING.eventType(), "streams.accepted-orders", AT);
                assertKeepsTheUsersHeader(record);
            }

            // The store's changelog (which Streams writes without headers) reads back with the generated serde.
            List<TestRecord<String, OrdersCounted>> logged =
                    read(driver, "streams-headers-customer-totals-changelog", new OrdersCountedSerde());
            assertThat(logged)
                    .extracting(TestRecord::value)
                    .containsExactly(
                            new OrdersCounted("ada", 1, 500, AT),
                            new OrdersCounted("ada", 2, 1_200, AT),
                            new OrdersCounted("bob", 1, 900, AT));
        });
    }

    @Test
    void aStoreFollowedByASinkOfTheStoresTypeWritesThatType() {
        StreamsBuilder builder = new StreamsBuilder();
        orders(builder)
                .groupBy((orderId, order) -> order.customerId(), Grouped.with(Serdes.String(), new OrderPlacedSerde()))
                .aggregate(
                        () -> null,
                        (customerId, order, total) -> add(total, customerId, order),
                        Materialized.<String, OrdersCounted, KeyValueStore<Bytes, byte[]>>as("totals")
                                .withKeySerde(Serdes.String())
                                .withValueSerde(new OrdersCountedSerde()))
                .toStream()
                .to("streams.customer-totals", Produced.with(Serdes.String(), new OrdersCountedSerde()));

        run(builder.build(), driver -> {
            Headers first = pipe(driver, order("o-1", "ada", 500));
            pipe(driver, order("o-2", "ada", 700));

            KeyValueStore<String, ValueAndTimestamp<OrdersCounted>> store =
                    driver.getTimestampedKeyValueStore("totals");
            assertThat(store.get("ada").value()).isEqualTo(new OrdersCounted("ada", 2, 1_200, AT));

            List<TestRecord<String, OrdersCounted>> out =
                    read(driver, "streams.customer-totals", new OrdersCountedSerde());
            assertThat(out)
                    .extracting(TestRecord::value)
                    .containsExactly(new OrdersCounted("ada", 1, 500, AT), new OrdersCounted("ada", 2, 1_200, AT));
            List<String> ids = new ArrayList<>();
            for (TestRecord<String, OrdersCounted> record : out) {
                ids.add(assertDescribes(record, new OrdersCountedTopic().eventType(), "streams.customer-totals", AT));
                assertKeepsTheUsersHeader(record);
            }
            assertThat(ids).doesNotHaveDuplicates().doesNotContain(id(first));
        });
    }

    @Test
    void aWriteOfTheSameTypeToAnotherTopicGetsANewIdAndSource() {
        List<String> idsSeenByTheTopology = new ArrayList<>();
        StreamsBuilder builder = new StreamsBuilder();
        orders(builder)
                .processValues(() -> new HeaderRecorder(idsSeenByTheTopology))
                .to("streams.orders-archive", Produced.with(Serdes.String(), new OrderPlacedSerde()));

        run(builder.build(), driver -> {
            Headers input = pipe(driver, order("o-1", "ada", 500));

            // The serializer of the input topic kept the id that record() gave: the headers described this value.
            assertThat(idsSeenByTheTopology).containsExactly(id(input));
            List<TestRecord<String, OrderPlaced>> out = read(driver, "streams.orders-archive", new OrderPlacedSerde());
            assertThat(out).extracting(TestRecord::value).containsExactly(order("o-1", "ada", 500));
            String id = assertDescribes(out.get(0), ORDER_BINDING.eventType(), "streams.orders-archive", AT);
            assertThat(id).isNotEqualTo(id(input));
            assertKeepsTheUsersHeader(out.get(0));
        });
    }

    @Test
    void aFamilySerdeWritesTheHeadersOfTheMemberWritten() {
        StreamsBuilder builder = new StreamsBuilder();
        orders(builder)
                .<FulfilmentEvent>mapValues(order ->
                        new OrderPacked(order.orderId(), 2, order.placedAt().plusSeconds(60)))
                .to("streams.fulfilment", Produced.with(Serdes.String(), new FulfilmentEventSerde()));

        run(builder.build(), driver -> {
            Headers input = pipe(driver, order("o-1", "ada", 500));

            List<TestRecord<String, FulfilmentEvent>> out =
                    read(driver, "streams.fulfilment", new FulfilmentEventSerde());
            assertThat(out)
                    .extracting(TestRecord::value)
                    .containsExactly(new OrderPacked("o-1", 2, AT.plusSeconds(60)));
            String id = assertDescribes(
                    out.get(0), new OrderPackedTopic().eventType(), "streams.fulfilment", AT.plusSeconds(60));
            assertThat(id).isNotEqualTo(id(input));
        });
    }

    @Test
    void aFlatMapGivesEachValueItsOwnIdThoughTheyShareTypeTopicAndTime() {
        StreamsBuilder builder = new StreamsBuilder();
        orders(builder)
                .<FulfilmentEvent>flatMapValues(order -> List.of(
                        new OrderDispatched(order.orderId(), "parcel-post", order.placedAt()),
                        new OrderDispatched(order.orderId(), "courier", order.placedAt())))
                .to("streams.fulfilment", Produced.with(Serdes.String(), new FulfilmentEventSerde()));

        run(builder.build(), driver -> {
            pipe(driver, order("o-1", "ada", 500));

            List<TestRecord<String, FulfilmentEvent>> out =
                    read(driver, "streams.fulfilment", new FulfilmentEventSerde());
            assertThat(out)
                    .extracting(TestRecord::value)
                    .containsExactly(
                            new OrderDispatched("o-1", "parcel-post", AT), new OrderDispatched("o-1", "courier", AT));
            String dispatched = new OrderDispatchedTopic().eventType();
            String first = assertDescribes(out.get(0), dispatched, "streams.fulfilment", AT);
            String second = assertDescribes(out.get(1), dispatched, "streams.fulfilment", AT);
            assertThat(first).isNotEqualTo(second);
        });
    }

    @Test
    void aFamilyStoreIsRefusedWithAMessageSayingToStoreAMember() {
        // A family's value does not name its member, and Streams hands a store the input record's headers.
        StreamsBuilder builder = new StreamsBuilder();
        orders(builder)
                .groupByKey()
                .<FulfilmentEvent>aggregate(
                        () -> null,
                        (orderId, order, last) -> new OrderPacked(orderId, 1, order.placedAt()),
                        Materialized.<String, FulfilmentEvent, KeyValueStore<Bytes, byte[]>>as("last-step")
                                .withKeySerde(Serdes.String())
                                .withValueSerde(new FulfilmentEventSerde()))
                .toStream()
                .to("streams.fulfilment", Produced.with(Serdes.String(), new FulfilmentEventSerde()));

        run(builder.build(), driver -> {
            pipe(driver, order("o-1", "ada", 500));

            assertThatThrownBy(() -> pipe(driver, order("o-1", "ada", 500)))
                    .rootCause()
                    .isInstanceOf(SerializationException.class)
                    .hasMessageStartingWith(
                            "cannot deserialize family 'dev.eventrecords.examples.streams.FulfilmentEvent'"
                                    + " from topic 'streams-headers-last-step-changelog': the record's headers describe a record"
                                    + " of topic 'streams.orders' (Kafka Streams hands a state store the headers of the input"
                                    + " record), and a family's value does not name its member, so the member is unknown; keep a"
                                    + " member's serde in a store, not the family's");
        });
    }

    // --- the topologies' parts

    private static KStream<String, OrderPlaced> orders(StreamsBuilder builder) {
        return builder.stream(ORDERS, Consumed.with(Serdes.String(), new OrderPlacedSerde()));
    }

    private static OrdersCounted add(OrdersCounted total, String customerId, OrderPlaced order) {
        return total == null
                ? new OrdersCounted(customerId, 1, order.amountCents(), order.placedAt())
                : new OrdersCounted(
                        customerId, total.orders() + 1, total.amountCents() + order.amountCents(), order.placedAt());
    }

    /** Counts each customer's orders in a store of another event type, and passes the order on. */
    private static final class CountingProcessor implements FixedKeyProcessor<String, OrderPlaced, OrderPlaced> {
        private FixedKeyProcessorContext<String, OrderPlaced> context;
        private KeyValueStore<String, OrdersCounted> totals;

        @Override
        public void init(FixedKeyProcessorContext<String, OrderPlaced> context) {
            this.context = context;
            this.totals = context.getStateStore("customer-totals");
        }

        @Override
        public void process(FixedKeyRecord<String, OrderPlaced> record) {
            OrderPlaced order = record.value();
            totals.put(order.customerId(), add(totals.get(order.customerId()), order.customerId(), order));
            context.forward(record);
        }
    }

    /** Passes records on, noting the {@code ce_id} each one arrived with. */
    private static final class HeaderRecorder implements FixedKeyProcessor<String, OrderPlaced, OrderPlaced> {
        private final List<String> ids;
        private FixedKeyProcessorContext<String, OrderPlaced> context;

        HeaderRecorder(List<String> ids) {
            this.ids = ids;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, OrderPlaced> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, OrderPlaced> record) {
            ids.add(CloudEventHeaders.lastValue(record.headers(), CloudEventHeaders.ID));
            context.forward(record);
        }
    }

    // --- running and reading

    private static void run(Topology topology, Consumer<TopologyTestDriver> test) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "streams-headers");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
            test.accept(driver);
        }
    }

    private static OrderPlaced order(String orderId, String customerId, long amountCents) {
        return new OrderPlaced(orderId, customerId, amountCents, AT);
    }

    /**
     * Pipes the record {@code record(order)} makes, with a user's header and a CloudEvents extension added, through
     * the input topic's serializer, as a producer would.
     *
     * @return the headers the input record was written with
     */
    private static Headers pipe(TopologyTestDriver driver, OrderPlaced order) {
        ProducerRecord<String, OrderPlaced> record = ORDER_BINDING.record(order);
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add("traceparent", TRACE);
        headers.add("ce_subject", ("orders/" + order.orderId()).getBytes(StandardCharsets.UTF_8));
        TestInputTopic<String, OrderPlaced> input =
                driver.createInputTopic(ORDERS, Serdes.String().serializer(), new OrderPlacedSerde().serializer());
        input.pipeInput(new TestRecord<>(record.key(), record.value(), headers, AT));
        return headers;
    }

    private static <V> List<TestRecord<String, V>> read(TopologyTestDriver driver, String topic, Serde<V> serde) {
        TestOutputTopic<String, V> output =
                driver.createOutputTopic(topic, Serdes.String().deserializer(), serde.deserializer());
        return output.readRecordsToList();
    }

    // --- assertions

    /**
     * Asserts that the record carries exactly one set of the CloudEvents headers, describing a value of this type
     * and event time on this topic, and no other {@code ce_*} header.
     *
     * @return the record's {@code ce_id}
     */
    private static String assertDescribes(TestRecord<String, ?> record, String type, String topic, Instant time) {
        List<String> cloudEventHeaders = new ArrayList<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith("ce_") || header.key().equals("content-type")) {
                cloudEventHeaders.add(header.key());
            }
        }
        assertThat(cloudEventHeaders)
                .containsExactlyInAnyOrder(
                        "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type");
        Headers headers = record.headers();
        assertThat(value(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(value(headers, "ce_type")).isEqualTo(type);
        assertThat(value(headers, "ce_source")).isEqualTo("/topics/" + topic);
        assertThat(value(headers, "ce_time")).isEqualTo(time.toString());
        assertThat(value(headers, "content-type")).isEqualTo("application/json");
        String id = value(headers, "ce_id");
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        return id;
    }

    private static void assertKeepsTheUsersHeader(TestRecord<String, ?> record) {
        assertThat(record.headers().headers("traceparent"))
                .singleElement()
                .extracting(Header::value)
                .isEqualTo(TRACE);
    }

    private static String id(Headers headers) {
        return value(headers, "ce_id");
    }

    private static String value(Headers headers, String key) {
        return CloudEventHeaders.lastValue(headers, key);
    }
}
