package dev.eventrecords.kafka.avro;

import dev.eventrecords.kafka.EventReadException;
import dev.eventrecords.kafka.avro.SchemaTree.ArrayNode;
import dev.eventrecords.kafka.avro.SchemaTree.EnumNode;
import dev.eventrecords.kafka.avro.SchemaTree.Field;
import dev.eventrecords.kafka.avro.SchemaTree.FixedNode;
import dev.eventrecords.kafka.avro.SchemaTree.Kind;
import dev.eventrecords.kafka.avro.SchemaTree.MapNode;
import dev.eventrecords.kafka.avro.SchemaTree.Named;
import dev.eventrecords.kafka.avro.SchemaTree.Node;
import dev.eventrecords.kafka.avro.SchemaTree.RecordNode;
import dev.eventrecords.kafka.avro.SchemaTree.UnionNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How data written with one Avro schema (the writer's, fetched from the registry by the id a value carries) reads as
 * another (the reader's, derived from the record at compile time), by the schema resolution rules of the Avro 1.12
 * specification, as Apache Avro's {@code ResolvingDecoder} applies them:
 *
 * <ul>
 *   <li>records match whatever their names; a reader's field takes the writer's field of its name or of one of its
 *       aliases; a writer's field the reader lacks is skipped; a reader's field the writer lacks takes its default, and
 *       without one the schemas do not resolve;
 *   <li>an {@code int} reads as {@code long}, {@code float} or {@code double}, a {@code long} as {@code float} or
 *       {@code double}, a {@code float} as {@code double}, a {@code string} as {@code bytes} and back;
 *   <li>enums and fixed match by full name or a reader's alias, fixed by size too; a symbol the reader lacks takes the
 *       reader's default symbol, and without one fails when a value holds it;
 *   <li>a writer's union reads branch by branch, each as the reader's type (or its first matching branch), and fails
 *       when a value holds a branch that matches nothing; a reader's union takes a writer's non-union value in its
 *       first branch of the same type or name, else the first it promotes to;
 *   <li>arrays and maps resolve their items and values.
 * </ul>
 *
 * The result rewrites a writer's encoding into the reader's ({@link #transcode}), so that a codec generated for the
 * reader's schema reads it. When the schemas are the same ({@link #identity()}), nothing needs rewriting.
 *
 * <p>Immutable and thread-safe: built once per writer schema, used for every value.
 */
public final class SchemaResolution {

    private final boolean identity;
    private final Step root;

    private SchemaResolution(boolean identity, Step root) {
        this.identity = identity;
        this.root = root;
    }

    /**
     * Resolves a writer's schema against a reader's.
     *
     * @param writerSchema the schema the data was written with, as JSON
     * @param readerSchema the schema to read it as, as JSON
     * @return the resolution
     * @throws IllegalArgumentException when a schema does not parse, or when they do not resolve: the message names
     *     the field path and the change (a field added without a default, a type changed beyond promotion)
     */
    public static SchemaResolution of(String writerSchema, String readerSchema) {
        Node writer = parse(writerSchema, "writer's");
        Node reader = parse(readerSchema, "reader's");
        Resolver resolver = new Resolver();
        Step root = resolver.resolve(writer, reader, rootPath(reader));
        return new SchemaResolution(resolver.identical(writer, reader), root);
    }

    private static Node parse(String schema, String whose) {
        Objects.requireNonNull(schema, whose + " schema");
        try {
            return SchemaTree.parse(schema);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + whose + " schema does not parse: " + e.getMessage(), e);
        }
    }

    private static String rootPath(Node reader) {
        return reader instanceof Named named ? named.fullName : reader.shown();
    }

    /**
     * Whether the writer's encoding is already the reader's: the schemas are structurally the same (names, fields in
     * order, types), so values need no rewriting.
     *
     * @return {@code true} when {@link #transcode} would copy bytes unchanged
     */
    public boolean identity() {
        return identity;
    }

    /**
     * Rewrites one value from the writer's encoding into the reader's.
     *
     * @param in the writer's encoding, positioned at the value
     * @param out where the reader's encoding goes
     * @throws EventReadException when the bytes do not hold a value of the writer's schema, or hold one the reader
     *     cannot take (an enum symbol it lacks without a default, a union branch that matches none of its types)
     */
    public void transcode(AvroReader in, AvroWriter out) {
        root.run(in, out);
    }

    /** Rewrites one value of a writer's type into a reader's. */
    private interface Step {
        void run(AvroReader in, AvroWriter out);
    }

    /** Skips one value of a writer's type. */
    private interface Skip {
        void run(AvroReader in);
    }

    /** Builds the steps of one resolution; recursive records are resolved once per pair and referred to. */
    private static final class Resolver {
        private final Map<Named, Map<Node, Step>> steps = new IdentityHashMap<>();
        private final Map<Named, Skip> skips = new IdentityHashMap<>();

        Step resolve(Node writer, Node reader, String path) {
            if (writer instanceof UnionNode union) {
                return writerUnion(union, reader, path);
            }
            if (reader instanceof UnionNode union) {
                int branch = firstMatchingBranch(writer, union);
                if (branch < 0) {
                    throw mismatch(writer, reader, path);
                }
                Step value = resolve(writer, union.branches().get(branch), path);
                return (in, out) -> {
                    out.writeIndex(branch);
                    value.run(in, out);
                };
            }
            Step promoted = promotion(writer.kind(), reader.kind());
            if (promoted != null) {
                return promoted;
            }
            if (writer.kind() != reader.kind()) {
                throw mismatch(writer, reader, path);
            }
            return switch (writer.kind()) {
                case RECORD -> record((RecordNode) writer, (RecordNode) reader, path);
                case ENUM -> enumeration((EnumNode) writer, (EnumNode) reader, path);
                case FIXED -> fixed((FixedNode) writer, (FixedNode) reader, path);
                case ARRAY -> array(((ArrayNode) writer).items(), ((ArrayNode) reader).items(), path);
                case MAP -> map(((MapNode) writer).values(), ((MapNode) reader).values(), path);
                default -> throw new IllegalStateException("unresolved " + writer.kind());
            };
        }

        /** Copies a primitive, or promotes it; {@code null} when the two kinds are not primitives of this kind. */
        private static Step promotion(Kind writer, Kind reader) {
            return switch (writer) {
                case NULL -> reader == Kind.NULL ? (in, out) -> {} : null;
                case BOOLEAN -> reader == Kind.BOOLEAN ? (in, out) -> out.writeBoolean(in.readBoolean()) : null;
                case INT ->
                    switch (reader) {
                        case INT -> (in, out) -> out.writeInt(in.readInt());
                        case LONG -> (in, out) -> out.writeLong(in.readInt());
                        case FLOAT -> (in, out) -> out.writeFloat(in.readInt());
                        case DOUBLE -> (in, out) -> out.writeDouble(in.readInt());
                        default -> null;
                    };
                case LONG ->
                    switch (reader) {
                        case LONG -> (in, out) -> out.writeLong(in.readLong());
                        case FLOAT -> (in, out) -> out.writeFloat(in.readLong());
                        case DOUBLE -> (in, out) -> out.writeDouble(in.readLong());
                        default -> null;
                    };
                case FLOAT ->
                    switch (reader) {
                        case FLOAT -> (in, out) -> out.writeFloat(in.readFloat());
                        case DOUBLE -> (in, out) -> out.writeDouble(in.readFloat());
                        default -> null;
                    };
                case DOUBLE -> reader == Kind.DOUBLE ? (in, out) -> out.writeDouble(in.readDouble()) : null;
                // The bytes as they are, even malformed UTF-8: Avro copies a string's bytes, never decodes them.
                case BYTES, STRING ->
                    reader == Kind.BYTES || reader == Kind.STRING ? (in, out) -> out.writeBytes(in.readBytes()) : null;
                default -> null;
            };
        }

        private Step record(RecordNode writer, RecordNode reader, String path) {
            Map<Node, Step> byReader = steps.computeIfAbsent(writer, w -> new IdentityHashMap<>());
            Step known = byReader.get(reader);
            if (known != null) {
                return known;
            }
            Step[] resolved = new Step[1];
            // Seen before it is built: a record that holds itself refers to this step.
            byReader.put(reader, (in, out) -> resolved[0].run(in, out));
            resolved[0] = recordFields(writer, reader, path);
            return byReader.get(reader);
        }

        private Step recordFields(RecordNode writer, RecordNode reader, String path) {
            int readerFields = reader.fields.size();
            int[] target = new int[writer.fields.size()];
            Step[] value = new Step[writer.fields.size()];
            Skip[] skip = new Skip[writer.fields.size()];
            boolean[] matched = new boolean[readerFields];
            for (int w = 0; w < writer.fields.size(); w++) {
                Field field = writer.fields.get(w);
                int r = readerField(reader, field.name());
                target[w] = r;
                if (r < 0) {
                    skip[w] = skip(field.type());
                } else {
                    matched[r] = true;
                    Field readerField = reader.fields.get(r);
                    value[w] = resolve(field.type(), readerField.type(), path + "." + readerField.name());
                }
            }
            byte[][] defaults = new byte[readerFields][];
            for (int r = 0; r < readerFields; r++) {
                if (!matched[r]) {
                    Field field = reader.fields.get(r);
                    String at = path + "." + field.name();
                    if (field.defaultValue().isEmpty()) {
                        throw new IllegalArgumentException("field '" + at + "' is in the reader's schema without a"
                                + " default and not in the writer's: a field added to a record needs a default for"
                                + " older data to read");
                    }
                    AvroWriter encoded = new AvroWriter();
                    encodeDefault(field.type(), field.defaultValue().get(), encoded, at);
                    defaults[r] = encoded.toByteArray();
                }
            }
            boolean inOrder = true;
            int last = -1;
            for (int r : target) {
                if (r >= 0) {
                    inOrder &= r > last;
                    last = r;
                }
            }
            return inOrder ? streamed(target, value, skip, defaults) : buffered(target, value, skip, defaults);
        }

        /** The writer's fields come in the reader's order: rewrite them as they come, defaults in between. */
        private static Step streamed(int[] target, Step[] value, Skip[] skip, byte[][] defaults) {
            return (in, out) -> {
                int next = 0;
                for (int w = 0; w < target.length; w++) {
                    int r = target[w];
                    if (r < 0) {
                        skip[w].run(in);
                        continue;
                    }
                    for (; next < r; next++) {
                        out.writeRaw(defaults[next]);
                    }
                    value[w].run(in, out);
                    next = r + 1;
                }
                for (; next < defaults.length; next++) {
                    out.writeRaw(defaults[next]);
                }
            };
        }

        /** The reader reordered the fields: each is rewritten apart, then all are written in the reader's order. */
        private static Step buffered(int[] target, Step[] value, Skip[] skip, byte[][] defaults) {
            return (in, out) -> {
                byte[][] fields = defaults.clone();
                AvroWriter field = new AvroWriter();
                for (int w = 0; w < target.length; w++) {
                    if (target[w] < 0) {
                        skip[w].run(in);
                    } else {
                        field.reset();
                        value[w].run(in, field);
                        fields[target[w]] = field.toByteArray();
                    }
                }
                for (byte[] bytes : fields) {
                    out.writeRaw(bytes);
                }
            };
        }

        private static int readerField(RecordNode reader, String writerName) {
            for (int r = 0; r < reader.fields.size(); r++) {
                if (reader.fields.get(r).name().equals(writerName)) {
                    return r;
                }
            }
            for (int r = 0; r < reader.fields.size(); r++) {
                if (reader.fields.get(r).aliases().contains(writerName)) {
                    return r;
                }
            }
            return -1;
        }

        private static Step enumeration(EnumNode writer, EnumNode reader, String path) {
            if (!reader.knownAs(writer.fullName)) {
                throw new IllegalArgumentException("'" + path + "' is enum '" + writer.fullName
                        + "' in the writer's schema and enum '" + reader.fullName + "' in the reader's");
            }
            int[] index = new int[writer.symbols.size()];
            int fallback = reader.defaultSymbol.map(reader.symbols::indexOf).orElse(-1);
            for (int w = 0; w < index.length; w++) {
                int r = reader.symbols.indexOf(writer.symbols.get(w));
                index[w] = r >= 0 ? r : fallback;
            }
            return (in, out) -> {
                int w = in.readEnum(index.length);
                if (index[w] < 0) {
                    throw EventReadException.of("'" + path + "' holds the symbol '" + writer.symbols.get(w)
                            + "', which enum '" + reader.fullName + "' of the reader's schema does not have and"
                            + " gives no default for");
                }
                out.writeEnum(index[w]);
            };
        }

        private static Step fixed(FixedNode writer, FixedNode reader, String path) {
            if (!reader.knownAs(writer.fullName) || writer.size != reader.size) {
                throw new IllegalArgumentException("'" + path + "' is fixed '" + writer.fullName + "' of " + writer.size
                        + " bytes in the writer's schema and fixed '" + reader.fullName + "' of " + reader.size
                        + " bytes in the reader's");
            }
            int size = writer.size;
            return (in, out) -> out.writeFixed(in.readFixed(size));
        }

        /** An array's blocks, each rewritten as one block of the same count (Avro writes one block per array). */
        private Step array(Node writerItems, Node readerItems, String path) {
            Step item = resolve(writerItems, readerItems, path + "[]");
            return (in, out) -> {
                for (int count = in.readArrayStart(); count != 0; count = in.arrayNext()) {
                    out.writeArrayStart(count);
                    for (int i = 0; i < count; i++) {
                        item.run(in, out);
                    }
                }
                out.writeArrayEnd();
            };
        }

        private Step map(Node writerValues, Node readerValues, String path) {
            Step value = resolve(writerValues, readerValues, path + "{}");
            return (in, out) -> {
                for (int count = in.readMapStart(); count != 0; count = in.mapNext()) {
                    out.writeMapStart(count);
                    for (int i = 0; i < count; i++) {
                        out.writeBytes(in.readBytes());
                        value.run(in, out);
                    }
                }
                out.writeMapEnd();
            };
        }

        /** Each of a writer's branches as the reader's type; a branch that does not resolve fails when a value has it. */
        private Step writerUnion(UnionNode writer, Node reader, String path) {
            int branches = writer.branches().size();
            Step[] step = new Step[branches];
            for (int b = 0; b < branches; b++) {
                Node branch = writer.branches().get(b);
                try {
                    step[b] = resolve(branch, reader, path);
                } catch (IllegalArgumentException e) {
                    String why = e.getMessage();
                    step[b] = (in, out) -> {
                        throw EventReadException.of("'" + path + "' holds the writer's union branch " + branch.shown()
                                + ", which the reader's schema cannot take: " + why);
                    };
                }
            }
            return (in, out) -> step[in.readIndex(branches)].run(in, out);
        }

        /** Avro's choice of a reader's union branch for a writer's type: same type or name, then a promotion. */
        private int firstMatchingBranch(Node writer, UnionNode reader) {
            List<Node> branches = reader.branches();
            int structureMatch = -1;
            for (int j = 0; j < branches.size(); j++) {
                Node branch = branches.get(j);
                if (branch.kind() != writer.kind()) {
                    continue;
                }
                if (!(writer instanceof Named named)) {
                    return j;
                }
                if (named.fullName.equals(((Named) branch).fullName)) {
                    return j;
                }
                if (writer instanceof RecordNode && structureMatch < 0 && resolves(writer, branch)) {
                    structureMatch = j;
                }
            }
            if (structureMatch >= 0) {
                return structureMatch;
            }
            for (int j = 0; j < branches.size(); j++) {
                Kind kind = branches.get(j).kind();
                boolean promotes = switch (writer.kind()) {
                    case INT -> kind == Kind.LONG || kind == Kind.FLOAT || kind == Kind.DOUBLE;
                    case LONG -> kind == Kind.FLOAT || kind == Kind.DOUBLE;
                    case FLOAT -> kind == Kind.DOUBLE;
                    case STRING -> kind == Kind.BYTES;
                    case BYTES -> kind == Kind.STRING;
                    default -> false;
                };
                if (promotes) {
                    return j;
                }
            }
            return -1;
        }

        private boolean resolves(Node writer, Node reader) {
            try {
                new Resolver().resolve(writer, reader, "");
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private Skip skip(Node writer) {
            return switch (writer.kind()) {
                case NULL -> in -> {};
                case BOOLEAN -> AvroReader::readBoolean;
                case INT -> AvroReader::readInt;
                case LONG -> AvroReader::readLong;
                case FLOAT -> AvroReader::readFloat;
                case DOUBLE -> AvroReader::readDouble;
                case BYTES, STRING -> AvroReader::skipBytes;
                case FIXED -> {
                    int size = ((FixedNode) writer).size;
                    yield in -> in.skipFixed(size);
                }
                case ENUM -> {
                    int symbols = ((EnumNode) writer).symbols.size();
                    yield in -> in.readEnum(symbols);
                }
                case ARRAY -> {
                    Skip item = skip(((ArrayNode) writer).items());
                    yield in -> {
                        for (int count = in.skipArray(); count != 0; count = in.skipArray()) {
                            for (int i = 0; i < count; i++) {
                                item.run(in);
                            }
                        }
                    };
                }
                case MAP -> {
                    Skip value = skip(((MapNode) writer).values());
                    yield in -> {
                        for (int count = in.skipMap(); count != 0; count = in.skipMap()) {
                            for (int i = 0; i < count; i++) {
                                in.skipBytes();
                                value.run(in);
                            }
                        }
                    };
                }
                case UNION -> {
                    List<Node> branches = ((UnionNode) writer).branches();
                    Skip[] branch = new Skip[branches.size()];
                    for (int b = 0; b < branch.length; b++) {
                        branch[b] = skip(branches.get(b));
                    }
                    yield in -> branch[in.readIndex(branch.length)].run(in);
                }
                case RECORD -> {
                    RecordNode record = (RecordNode) writer;
                    Skip known = skips.get(record);
                    if (known != null) {
                        yield known;
                    }
                    Skip[] fields = new Skip[record.fields.size()];
                    Skip all = in -> {
                        for (Skip field : fields) {
                            field.run(in);
                        }
                    };
                    skips.put(record, all);
                    for (int f = 0; f < fields.length; f++) {
                        fields[f] = skip(record.fields.get(f).type());
                    }
                    yield all;
                }
            };
        }

        /** Whether two schemas encode alike: same kinds, names, sizes, symbols, fields in order. */
        boolean identical(Node writer, Node reader) {
            return identical(writer, reader, new IdentityHashMap<>());
        }

        private static boolean identical(Node a, Node b, Map<Node, Node> assumed) {
            if (a.kind() != b.kind()) {
                return false;
            }
            if (a instanceof Named named && !named.fullName.equals(((Named) b).fullName)) {
                return false;
            }
            return switch (a.kind()) {
                case RECORD -> {
                    if (assumed.get(a) == b) {
                        yield true;
                    }
                    assumed.put(a, b);
                    List<Field> fa = ((RecordNode) a).fields;
                    List<Field> fb = ((RecordNode) b).fields;
                    boolean same = fa.size() == fb.size();
                    for (int i = 0; same && i < fa.size(); i++) {
                        same = fa.get(i).name().equals(fb.get(i).name())
                                && identical(fa.get(i).type(), fb.get(i).type(), assumed);
                    }
                    yield same;
                }
                case ENUM -> ((EnumNode) a).symbols.equals(((EnumNode) b).symbols);
                case FIXED -> ((FixedNode) a).size == ((FixedNode) b).size;
                case ARRAY -> identical(((ArrayNode) a).items(), ((ArrayNode) b).items(), assumed);
                case MAP -> identical(((MapNode) a).values(), ((MapNode) b).values(), assumed);
                case UNION -> {
                    List<Node> ua = ((UnionNode) a).branches();
                    List<Node> ub = ((UnionNode) b).branches();
                    boolean same = ua.size() == ub.size();
                    for (int i = 0; same && i < ua.size(); i++) {
                        same = identical(ua.get(i), ub.get(i), assumed);
                    }
                    yield same;
                }
                default -> true;
            };
        }

        private static IllegalArgumentException mismatch(Node writer, Node reader, String path) {
            return new IllegalArgumentException("'" + path + "' is " + writer.shown() + " in the writer's schema and "
                    + reader.shown() + " in the reader's, which Avro does not promote it to");
        }
    }

    /** Encodes a field's JSON default under its type, as Avro does (a union's default is of its first branch). */
    static void encodeDefault(Node type, Object json, AvroWriter out, String path) {
        String problem = "the default " + json + " of '" + path + "' is not a value of " + type.shown();
        switch (type.kind()) {
            case NULL -> require(json == SchemaTree.NULL_DEFAULT || json == null, problem);
            case BOOLEAN -> {
                require(json instanceof Boolean, problem);
                out.writeBoolean((Boolean) json);
            }
            case INT -> out.writeInt((int) whole(json, Integer.MIN_VALUE, Integer.MAX_VALUE, problem));
            case LONG -> out.writeLong(whole(json, Long.MIN_VALUE, Long.MAX_VALUE, problem));
            case FLOAT -> out.writeFloat((float) decimal(json, problem));
            case DOUBLE -> out.writeDouble(decimal(json, problem));
            case STRING -> {
                require(json instanceof String, problem);
                out.writeString((String) json);
            }
            case BYTES -> out.writeBytes(latin1(json, problem));
            case FIXED -> {
                byte[] bytes = latin1(json, problem);
                require(bytes.length == ((FixedNode) type).size, problem);
                out.writeFixed(bytes);
            }
            case ENUM -> {
                int index = json instanceof String s ? ((EnumNode) type).symbols.indexOf(s) : -1;
                require(index >= 0, problem);
                out.writeEnum(index);
            }
            case ARRAY -> {
                require(json instanceof List<?>, problem);
                List<?> items = (List<?>) json;
                out.writeArrayStart(items.size());
                for (Object item : items) {
                    encodeDefault(((ArrayNode) type).items(), item, out, path + "[]");
                }
                out.writeArrayEnd();
            }
            case MAP -> {
                require(json instanceof Map<?, ?>, problem);
                Map<?, ?> entries = (Map<?, ?>) json;
                out.writeMapStart(entries.size());
                for (Map.Entry<?, ?> entry : entries.entrySet()) {
                    out.writeString(entry.getKey().toString());
                    encodeDefault(((MapNode) type).values(), entry.getValue(), out, path + "{}");
                }
                out.writeMapEnd();
            }
            case UNION -> {
                out.writeIndex(0);
                encodeDefault(((UnionNode) type).branches().get(0), json, out, path);
            }
            case RECORD -> {
                require(json instanceof Map<?, ?>, problem);
                Map<?, ?> fields = (Map<?, ?>) json;
                for (Field field : ((RecordNode) type).fields) {
                    String at = path + "." + field.name();
                    if (fields.containsKey(field.name())) {
                        Object value = fields.get(field.name());
                        encodeDefault(field.type(), value == null ? SchemaTree.NULL_DEFAULT : value, out, at);
                    } else {
                        require(field.defaultValue().isPresent(), problem + ": it has no '" + field.name() + "'");
                        encodeDefault(field.type(), field.defaultValue().get(), out, at);
                    }
                }
            }
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static long whole(Object json, long least, long most, String problem) {
        require(json instanceof Long || json instanceof BigInteger || json instanceof Double, problem);
        Number number = (Number) json;
        if (json instanceof Double d) {
            require(d == Math.rint(d) && d >= least && d <= most, problem);
            return d.longValue();
        }
        require(!(json instanceof BigInteger), problem);
        long value = number.longValue();
        require(value >= least && value <= most, problem);
        return value;
    }

    private static double decimal(Object json, String problem) {
        if (json instanceof String s) {
            // Avro's JSON for the values JSON lacks
            return switch (s) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> throw new IllegalArgumentException(problem);
            };
        }
        require(json instanceof Number, problem);
        return ((Number) json).doubleValue();
    }

    /** Bytes in Avro's JSON: a string whose characters are the bytes 0 to 255. */
    private static byte[] latin1(Object json, String problem) {
        require(json instanceof String, problem);
        String text = (String) json;
        for (int i = 0; i < text.length(); i++) {
            require(text.charAt(i) <= 0xFF, problem);
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
