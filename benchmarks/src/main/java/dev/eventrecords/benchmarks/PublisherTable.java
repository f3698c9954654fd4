package dev.eventrecords.benchmarks;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints one table from JMH's JSON result of {@link PublisherBenchmark}: per shape and sender, events per second and
 * the ratio to the plain producer's in the same file, with the bytes of one record as each sender writes it (key,
 * value and headers; the publisher's headers are the CloudEvents ones). The throughput figures all come from the file.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.eventrecords.benchmarks.PublisherTable result.json}
 */
public final class PublisherTable {

    private static final List<String> SENDERS =
            List.of(Sender.EVENT_PUBLISHER, Sender.PLAIN_PRODUCER, Sender.PLAIN_PRODUCER_HEADERS);

    private PublisherTable() {}

    /** One measured combination. */
    private record Row(String shape, String sender, double eventsPerSecond, double error) {}

    /**
     * Prints the table.
     *
     * @param args the path of JMH's JSON result
     * @throws Exception when the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: PublisherTable <jmh-result.json>");
            System.exit(2);
        }
        JsonNode results = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : results) {
            JsonNode params = result.get("params");
            JsonNode metric = result.get("primaryMetric");
            rows.add(new Row(
                    params.get("shape").asString(),
                    params.get("sender").asString(),
                    number(metric.get("score")),
                    number(metric.get("scoreError"))));
        }
        Map<String, Row> baseline = new HashMap<>();
        for (Row row : rows) {
            if (row.sender().equals(Sender.PLAIN_PRODUCER)) {
                baseline.put(row.shape(), row);
            }
        }
        List<String> shapes = Shape.all().stream().map(Shape::name).toList();
        rows.sort(Comparator.comparingInt((Row r) -> shapes.indexOf(r.shape()))
                .thenComparingInt(r -> SENDERS.indexOf(r.sender())));

        StringBuilder out = new StringBuilder();
        out.append("events/s: higher is better; 'x plain': ratio to the plain producer on the same shape, same run;\n"
                + "B/record: key + value + headers of one record as the sender writes it\n\n");
        String format = "%-8s %-22s %12s %10s %8s %9s%n";
        out.append(String.format(format, "shape", "sender", "events/s", "± error", "x plain", "B/record"));
        for (Row row : rows) {
            Row plain = baseline.get(row.shape());
            out.append(String.format(
                    format,
                    row.shape(),
                    row.sender(),
                    String.format("%,.0f", row.eventsPerSecond()),
                    Double.isNaN(row.error()) ? "-" : String.format("%,.0f", row.error()),
                    plain == null ? "-" : String.format("%.2f", row.eventsPerSecond() / plain.eventsPerSecond()),
                    String.format("%,d", recordBytes(Shape.named(row.shape()), row.sender()))));
        }
        System.out.print(out);
    }

    private static <E> int recordBytes(Shape<E> shape, String sender) {
        E event = shape.event();
        if (!sender.equals(Sender.EVENT_PUBLISHER)) {
            int bytes = shape.key().apply(event).getBytes(StandardCharsets.UTF_8).length
                    + Sender.jackson3().serialize(shape.topic(), event).length;
            if (sender.equals(Sender.PLAIN_PRODUCER_HEADERS)) {
                for (Header header : Sender.publisherHeaders(shape)) {
                    bytes += header.key().length() + header.value().length;
                }
            }
            return bytes;
        }
        TopicBinding<?, E> binding = EventCatalog.bindingFor(shape.type()).orElseThrow();
        return ourRecordBytes(binding, event);
    }

    private static <K, E> int ourRecordBytes(TopicBinding<K, E> binding, E event) {
        ProducerRecord<K, E> record = binding.record(event);
        int bytes = binding.keySerde().serializer().serialize(record.topic(), record.headers(), record.key()).length
                + binding.valueSerde().serializer().serialize(record.topic(), record.headers(), record.value()).length;
        for (Header header : record.headers()) {
            bytes += header.key().length() + header.value().length;
        }
        return bytes;
    }

    /** JMH writes a number, or the string {@code "NaN"} (the error of a single iteration). */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asString());
    }
}
