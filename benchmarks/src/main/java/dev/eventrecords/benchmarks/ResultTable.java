package dev.eventrecords.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints one table from JMH's JSON result of {@link SerdeBenchmark}: per operation, shape and contender, the
 * throughput, the bytes allocated per operation (from {@code -prof gc}) and the ratio of each to Jackson 3's.
 * Nothing is hard-coded: every figure comes from the file.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.eventrecords.benchmarks.ResultTable result.json}
 */
public final class ResultTable {

    private static final List<String> OPERATIONS = List.of("serialize", "deserialize");
    private static final List<String> SHAPES = List.of("small", "medium", "numeric", "text", "deep");
    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private ResultTable() {}

    /** One measured combination. */
    private record Row(
            String operation, String shape, String contender, double opsPerSecond, double error, double bytesPerOp) {}

    /**
     * Prints the table.
     *
     * @param args the path of JMH's JSON result
     * @throws Exception when the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ResultTable <jmh-result.json>");
            System.exit(2);
        }
        JsonNode results = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
        List<Row> rows = new ArrayList<>();
        String jvm = "";
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asString();
            JsonNode params = result.get("params");
            JsonNode allocation = result.path("secondaryMetrics").path(ALLOCATION);
            rows.add(new Row(
                    benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    params.get("shape").asString(),
                    params.get("contender").asString(),
                    number(result.get("primaryMetric").get("score")),
                    number(result.get("primaryMetric").get("scoreError")),
                    allocation.isMissingNode() ? Double.NaN : number(allocation.get("score"))));
            jvm = result.path("vmName").asString() + " "
                    + result.path("jdkVersion").asString();
        }
        System.out.print(format(rows, jvm));
    }

    private static String format(List<Row> rows, String jvm) {
        Map<String, Row> reference = new HashMap<>();
        List<String> contenders = new ArrayList<>();
        for (Row row : rows) {
            if (row.contender().equals(Contender.REFERENCE)) {
                reference.put(row.operation() + "/" + row.shape(), row);
            }
            if (!contenders.contains(row.contender())) {
                contenders.add(row.contender());
            }
        }
        rows.sort(Comparator.comparingInt((Row r) -> indexOf(OPERATIONS, r.operation()))
                .thenComparingInt(r -> indexOf(SHAPES, r.shape()))
                .thenComparingInt(r -> contenders.indexOf(r.contender())));
        StringBuilder out = new StringBuilder();
        out.append("JVM: ").append(jvm).append('\n');
        out.append("ops/s: higher is better; B/op: bytes allocated per operation, lower is better; "
                + "'x jackson3': ratio to Jackson 3 on the same operation and shape\n\n");
        String format = "%-12s %-8s %-19s %13s %10s %11s %10s %11s%n";
        out.append(String.format(
                format, "operation", "shape", "contender", "ops/s", "± error", "x jackson3", "B/op", "x jackson3"));
        String previous = null;
        for (Row row : rows) {
            String group = row.operation() + "/" + row.shape();
            if (previous != null && !previous.equals(group)) {
                out.append('\n');
            }
            previous = group;
            Row ref = reference.get(group);
            out.append(String.format(
                    format,
                    row.operation(),
                    row.shape(),
                    row.contender(),
                    String.format("%,.0f", row.opsPerSecond()),
                    Double.isNaN(row.error()) ? "-" : String.format("%,.0f", row.error()),
                    ref == null ? "-" : String.format("%.2f", row.opsPerSecond() / ref.opsPerSecond()),
                    Double.isNaN(row.bytesPerOp()) ? "-" : String.format("%,.0f", row.bytesPerOp()),
                    ref == null || Double.isNaN(row.bytesPerOp()) || ref.bytesPerOp() == 0
                            ? "-"
                            : String.format("%.2f", row.bytesPerOp() / ref.bytesPerOp())));
        }
        return out.toString();
    }

    /** JMH writes a number, or the string {@code "NaN"} (the error of a single iteration). */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asString());
    }

    private static int indexOf(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }
}
