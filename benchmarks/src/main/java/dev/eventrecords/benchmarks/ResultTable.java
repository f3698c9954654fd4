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

    /** The contender the targets are about. */
    private static final String OURS = "eventrecords";

    /** The fastest of these is the bar of issue 16's second target on each operation and shape. */
    private static final List<String> FASTEST_OF = List.of("avaje-jsonb", "dsl-json", "fastjson2");

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
        System.out.print(targets(rows));
    }

    /**
     * Issue 16's targets for our serde on every operation and shape: throughput at least 2.0x (serialize) or 1.5x
     * (deserialize) Jackson 3's and at least the fastest of {@link #FASTEST_OF}'s, and bytes per operation at most
     * the least-allocating other contender's plus 10%.
     */
    private static String targets(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("\nissue 16's targets for ")
                .append(OURS)
                .append(": x jackson3 >= 2.0 (serialize) / 1.5 (deserialize);" + " x fastest of ")
                .append(String.join(", ", FASTEST_OF))
                .append(" >= 1.0;" + " B/op <= 1.1 x the least-allocating other contender's\n\n");
        String format = "%-12s %-8s %10s %-4s %-12s %10s %-4s %-19s %8s %-4s%n";
        out.append(String.format(
                format,
                "operation",
                "shape",
                "x jackson3",
                "",
                "fastest",
                "x fastest",
                "",
                "least-allocating",
                "x B/op",
                ""));
        for (String operation : OPERATIONS) {
            for (String shape : SHAPES) {
                List<Row> group = rows.stream()
                        .filter(r ->
                                r.operation().equals(operation) && r.shape().equals(shape))
                        .toList();
                Row ours = find(group, OURS);
                Row reference = find(group, Contender.REFERENCE);
                Row fastest = group.stream()
                        .filter(r -> FASTEST_OF.contains(r.contender()))
                        .max(Comparator.comparingDouble(Row::opsPerSecond))
                        .orElse(null);
                Row leanest = group.stream()
                        .filter(r -> !r.contender().equals(OURS) && !Double.isNaN(r.bytesPerOp()))
                        .min(Comparator.comparingDouble(Row::bytesPerOp))
                        .orElse(null);
                if (ours == null || reference == null || fastest == null || leanest == null) {
                    continue;
                }
                double bar = operation.equals("serialize") ? 2.0 : 1.5;
                double vsJackson = ours.opsPerSecond() / reference.opsPerSecond();
                double vsFastest = ours.opsPerSecond() / fastest.opsPerSecond();
                double vsLeanest = ours.bytesPerOp() / leanest.bytesPerOp();
                out.append(String.format(
                        format,
                        operation,
                        shape,
                        String.format("%.2f", vsJackson),
                        verdict(vsJackson >= bar),
                        fastest.contender(),
                        String.format("%.2f", vsFastest),
                        verdict(vsFastest >= 1.0),
                        leanest.contender(),
                        String.format("%.2f", vsLeanest),
                        verdict(vsLeanest <= 1.1)));
            }
        }
        return out.toString();
    }

    private static Row find(List<Row> rows, String contender) {
        return rows.stream()
                .filter(r -> r.contender().equals(contender))
                .findFirst()
                .orElse(null);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "no";
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
