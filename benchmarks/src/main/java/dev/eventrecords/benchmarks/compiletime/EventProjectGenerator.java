package dev.eventrecords.benchmarks.compiletime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes the project that {@code benchmarks/compile-time.sh} compiles: {@value #DEFAULT_EVENTS} varied event records
 * (past-tense names, keys, event times, nested records, lists, sets, maps, optionals, enums and {@code java.time}
 * values; collections copied in compact constructors so they pass our rules), spread over packages of fifty, each
 * package with its own enums and nested value records.
 *
 * <p>The same records are written twice from the same seed: under {@code event/} annotated for our processor
 * ({@code @Event}, {@code @Key}, {@code @EventTime}), and under {@code json/} annotated for avaje-jsonb's generator
 * ({@code @Json} on every record). Usage: {@code EventProjectGenerator <dir> [events]}.
 */
public final class EventProjectGenerator {

    static final int DEFAULT_EVENTS = 500;
    private static final int EVENTS_PER_PACKAGE = 50;
    private static final long SEED = 42;

    private static final List<String> NOUNS = List.of(
            "Order",
            "Payment",
            "Invoice",
            "Shipment",
            "Parcel",
            "Customer",
            "Account",
            "Subscription",
            "Device",
            "Sensor",
            "Workout",
            "Ticket",
            "Booking",
            "Reservation",
            "Product",
            "Cart",
            "Refund",
            "Delivery",
            "Vehicle",
            "Route",
            "Course",
            "Lesson",
            "Document",
            "Report",
            "Meeting",
            "Contract",
            "Warehouse",
            "Campaign");
    private static final List<String> VERBS = List.of(
            "Created",
            "Placed",
            "Approved",
            "Rejected",
            "Cancelled",
            "Archived",
            "Restored",
            "Assigned",
            "Scheduled",
            "Started",
            "Paused",
            "Resumed",
            "Completed",
            "Expired",
            "Renamed",
            "Verified",
            "Flagged",
            "Shared",
            "Closed",
            "Reopened");
    private static final List<String> VALUE_NAMES = List.of(
            "Address",
            "Money",
            "GeoPoint",
            "Contact",
            "Dimensions",
            "Measurement",
            "TimeWindow",
            "LineItem",
            "Attachment",
            "Reference");
    private static final List<String> ENUM_NAMES = List.of("Status", "Channel", "Tier");
    /** Prefixes of each package's enums and value records: avaje-jsonb's generated component imports every adapted
     * type by its simple name, so two packages may not both have an {@code Address}. */
    private static final List<String> THEMES = List.of(
            "Billing", "Shipping", "Fleet", "Clinic", "Retail", "Travel", "School", "Media", "Energy", "Banking");

    private static final List<String> CONSTANTS =
            List.of("NEW", "ACTIVE", "PENDING", "DONE", "FAILED", "WEB", "MOBILE", "PARTNER", "GOLD", "SILVER");
    private static final List<String> PROPERTY_NAMES = List.of(
            "amount",
            "reason",
            "channel",
            "region",
            "quantity",
            "priority",
            "origin",
            "comment",
            "reference",
            "state",
            "category",
            "score",
            "weight",
            "label",
            "target",
            "note",
            "code",
            "level",
            "rank",
            "total",
            "tags",
            "items",
            "attributes",
            "window",
            "limit",
            "version",
            "owner",
            "location",
            "contact",
            "effectiveOn",
            "dueAt",
            "duration",
            "price",
            "rating",
            "enabled",
            "sequence");

    private static final String SCALARS = "String int long double boolean Integer UUID Instant LocalDate LocalDateTime "
            + "OffsetDateTime Duration BigDecimal";

    private EventProjectGenerator() {}

    /**
     * Writes the project.
     *
     * @param args the output directory, and optionally the number of events
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: EventProjectGenerator <dir> [events]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int events = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_EVENTS;
        if (events > NOUNS.size() * VERBS.size()) {
            throw new IllegalArgumentException("at most " + NOUNS.size() * VERBS.size() + " events");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int files = 0;
        for (int first = 0; first < events; first += EVENTS_PER_PACKAGE) {
            files += writePackage(
                    root, random, first / EVENTS_PER_PACKAGE, first, Math.min(events, first + EVENTS_PER_PACKAGE));
        }
        System.out.println("wrote " + events + " events (" + files + " source files per variant) under " + root);
    }

    private static int writePackage(Path root, SplittableRandom random, int index, int firstEvent, int endEvent)
            throws IOException {
        String pkg = String.format("gen.p%02d", index);
        String theme = THEMES.get(index % THEMES.size()) + (index < THEMES.size() ? "" : index / THEMES.size());
        List<String> enums = new ArrayList<>();
        for (String enumName : ENUM_NAMES) {
            String name = theme + enumName;
            List<String> constants = new ArrayList<>(CONSTANTS);
            shuffle(constants, random);
            String body = String.join(", ", constants.subList(0, 3 + random.nextInt(4)));
            write(root, pkg, name, "public enum " + name + " {\n    " + body + "\n}\n", new TreeSet<>(), "", "");
            enums.add(name);
        }
        List<String> values = new ArrayList<>();
        for (int v = 0; v < VALUE_NAMES.size(); v++) {
            String name = theme + VALUE_NAMES.get(v);
            // The later value records nest earlier ones, alone or in a list, so that nesting goes two levels deep.
            List<String> nested = v >= 5 ? values.subList(0, 5) : List.of();
            Record record = record(random, name, 2 + random.nextInt(4), enums, nested, false);
            write(root, pkg, name, record.source(), record.imports(), "", "@Json\n");
            values.add(name);
        }
        for (int e = firstEvent; e < endEvent; e++) {
            String name = NOUNS.get(e / VERBS.size()) + VERBS.get(e % VERBS.size());
            Record record = record(random, name, 2 + random.nextInt(10), enums, values, true);
            write(root, pkg, name, record.source(), record.imports(), "@Event\n", "@Json\n");
        }
        return enums.size() + values.size() + (endEvent - firstEvent);
    }

    /** A record's source, less its annotations, and what it imports. */
    private record Record(String source, TreeSet<String> imports) {}

    private static Record record(
            SplittableRandom random, String name, int size, List<String> enums, List<String> values, boolean event) {
        TreeSet<String> imports = new TreeSet<>();
        List<String> components = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        if (event) {
            String entity = Character.toLowerCase(name.charAt(0)) + name.substring(1, firstVerbIndex(name)) + "Id";
            if (random.nextInt(5) > 0) {
                String keyType = List.of("String", "UUID", "long").get(random.nextInt(3));
                importOf(keyType, imports);
                components.add("@Key " + keyType + " " + entity);
                imports.add("dev.eventrecords.Key");
            }
            if (random.nextInt(10) < 7) {
                imports.add("java.time.Instant");
                imports.add("dev.eventrecords.EventTime");
                components.add("@EventTime Instant occurredAt");
            }
        }
        List<String> names = new ArrayList<>(PROPERTY_NAMES);
        shuffle(names, random);
        for (int i = 0; i < size; i++) {
            String type = type(random, enums, values);
            String property = names.get(i);
            importOf(type, imports);
            components.add(type + " " + property);
            for (String collection : List.of("List", "Set", "Map")) {
                if (type.startsWith(collection + "<")) {
                    copies.add("        " + property + " = " + collection + ".copyOf(" + property + ");\n");
                }
            }
        }
        StringBuilder source = new StringBuilder();
        source.append("public record ").append(name).append("(\n        ");
        source.append(String.join(",\n        ", components)).append(")");
        if (copies.isEmpty()) {
            source.append(" {}\n");
        } else {
            source.append(" {\n\n    public ").append(name).append(" {\n");
            copies.forEach(source::append);
            source.append("    }\n}\n");
        }
        return new Record(source.toString(), imports);
    }

    private static String type(SplittableRandom random, List<String> enums, List<String> values) {
        int roll = random.nextInt(100);
        String[] scalars = SCALARS.split(" ");
        if (roll < 55 || (values.isEmpty() && roll < 80)) {
            return scalars[random.nextInt(scalars.length)];
        }
        if (roll < 65 || values.isEmpty()) {
            return enums.get(random.nextInt(enums.size()));
        }
        String value = values.get(random.nextInt(values.size()));
        if (roll < 75) {
            return value;
        }
        if (roll < 81) {
            return random.nextBoolean() ? "Optional<String>" : "Optional<" + value + ">";
        }
        if (roll < 93) {
            return random.nextBoolean() ? "List<String>" : "List<" + value + ">";
        }
        return random.nextBoolean() ? "Set<String>" : "Map<String, Long>";
    }

    private static void importOf(String type, TreeSet<String> imports) {
        String raw = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        switch (raw) {
            case "UUID", "List", "Set", "Map", "Optional" -> imports.add("java.util." + raw);
            case "Instant", "LocalDate", "LocalDateTime", "OffsetDateTime", "Duration" ->
                imports.add("java.time." + raw);
            case "BigDecimal" -> imports.add("java.math.BigDecimal");
            default -> {}
        }
    }

    private static int firstVerbIndex(String name) {
        for (String verb : VERBS) {
            if (name.endsWith(verb)) {
                return name.length() - verb.length();
            }
        }
        throw new IllegalStateException(name);
    }

    /**
     * Writes one file in both variants: {@code event/} with our annotations, {@code json/} with avaje-jsonb's.
     * Enums carry no annotation; a nested value record carries {@code @Json} only.
     */
    private static void write(
            Path root,
            String pkg,
            String name,
            String body,
            TreeSet<String> imports,
            String eventAnnotation,
            String jsonAnnotation)
            throws IOException {
        boolean isEnum = body.startsWith("public enum");
        TreeSet<String> eventImports = new TreeSet<>(imports);
        if (!eventAnnotation.isEmpty()) {
            eventImports.add("dev.eventrecords.Event");
        }
        TreeSet<String> jsonImports = new TreeSet<>();
        for (String i : imports) {
            if (!i.startsWith("dev.eventrecords.")) {
                jsonImports.add(i);
            }
        }
        if (!isEnum) {
            jsonImports.add("io.avaje.jsonb.Json");
        }
        String jsonBody = body.replace("@Key ", "").replace("@EventTime ", "");
        writeFile(root.resolve("event"), pkg, name, eventImports, (isEnum ? "" : eventAnnotation) + body);
        writeFile(root.resolve("json"), pkg, name, jsonImports, (isEnum ? "" : jsonAnnotation) + jsonBody);
    }

    private static void writeFile(Path root, String pkg, String name, TreeSet<String> imports, String body)
            throws IOException {
        StringBuilder source = new StringBuilder("package ").append(pkg).append(";\n\n");
        for (String i : imports) {
            source.append("import ").append(i).append(";\n");
        }
        if (!imports.isEmpty()) {
            source.append('\n');
        }
        source.append(body);
        Path file = root.resolve(pkg.replace('.', '/')).resolve(name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.toString(), StandardCharsets.UTF_8);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
