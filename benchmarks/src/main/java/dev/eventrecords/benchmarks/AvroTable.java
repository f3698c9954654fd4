package dev.eventrecords.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the table of {@link AvroBenchmark} from JMH's JSON result: per operation, each contender's throughput and
 * bytes allocated per operation, and our codec's throughput as a ratio of Apache Avro's specific and reflect paths',
 * against issue 19's targets (at least 1.0x the specific path and 2.0x the reflect path, both directions). Every
 * figure comes from the file.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.eventrecords.benchmarks.AvroTable result.json}
 */
public final class AvroTable {

    private static final List<String> OPERATIONS = List.of("serialize", "deserialize");
    private static final List<String> CONTENDERS = List.of("eventrecords", "avro-specific", "avro-reflect");
    private static final Map<String, Double> TARGETS = Map.of("avro-specific", 1.0, "avro-reflect", 2.0);

    private AvroTable() {}

    /**
     * Prints the table.
     *
     * @param args the path of JMH's JSON result
     * @throws Exception when the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: AvroTable <jmh-result.json>");
            System.exit(2);
        }
        JsonNode results = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asString();
            String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            JsonNode allocation = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            scores.put(operation + " " + result.get("params").get("contender").asString(), new double[] {
                result.get("primaryMetric").get("score").asDouble(),
                allocation.isMissingNode()
                        ? Double.NaN
                        : allocation.get("score").asDouble()
            });
        }
        System.out.println("| operation | contender | ops/s | B/op | eventrecords vs it | target |");
        System.out.println("|---|---|---:|---:|---:|---|");
        boolean met = true;
        for (String operation : OPERATIONS) {
            double[] ours = scores.get(operation + " eventrecords");
            for (String contender : CONTENDERS) {
                double[] score = scores.get(operation + " " + contender);
                if (score == null || ours == null) {
                    continue;
                }
                String ratio = "";
                String target = "";
                if (TARGETS.containsKey(contender)) {
                    double r = ours[0] / score[0];
                    boolean ok = r >= TARGETS.get(contender);
                    met &= ok;
                    ratio = String.format(Locale.ROOT, "%.2fx", r);
                    target = String.format(Locale.ROOT, ">= %.1fx: %s", TARGETS.get(contender), ok ? "met" : "MISSED");
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %,.0f | %s | %s | %s |%n",
                        operation,
                        contender,
                        score[0],
                        Double.isNaN(score[1]) ? "" : String.format(Locale.ROOT, "%.0f", score[1]),
                        ratio,
                        target);
            }
        }
        System.out.println();
        System.out.println(met ? "Every target is met." : "A target is missed.");
    }
}
