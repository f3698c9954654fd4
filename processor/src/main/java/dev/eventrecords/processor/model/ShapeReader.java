package dev.eventrecords.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Decides the {@link Shape} of a component type. Pure: the same type always gives the same shape. */
public final class ShapeReader {

    /** Well-known unsupported types and what to use instead. */
    private static final Map<String, String> INSTEAD = Map.ofEntries(
            Map.entry("java.util.Date", "'java.time.Instant'"),
            Map.entry("java.util.Calendar", "'java.time.ZonedDateTime'"),
            Map.entry("java.util.GregorianCalendar", "'java.time.ZonedDateTime'"),
            Map.entry("java.sql.Timestamp", "'java.time.Instant'"),
            Map.entry("java.sql.Date", "'java.time.LocalDate'"),
            Map.entry("java.sql.Time", "'java.time.LocalTime'"),
            Map.entry("java.lang.Object", "a record or a supported value type"),
            Map.entry("java.util.Collection", "'List<...>' or 'Set<...>'"),
            Map.entry("java.lang.Iterable", "'List<...>'"),
            Map.entry("java.util.ArrayList", "'List<...>'"),
            Map.entry("java.util.LinkedList", "'List<...>'"),
            Map.entry("java.util.HashSet", "'Set<...>'"),
            Map.entry("java.util.LinkedHashSet", "'Set<...>'"),
            Map.entry("java.util.TreeSet", "'Set<...>'"),
            Map.entry("java.util.SortedSet", "'Set<...>'"),
            Map.entry("java.util.HashMap", "'Map<K, V>'"),
            Map.entry("java.util.LinkedHashMap", "'Map<K, V>'"),
            Map.entry("java.util.TreeMap", "'Map<K, V>'"),
            Map.entry("java.util.SortedMap", "'Map<K, V>'"),
            Map.entry("java.lang.StringBuilder", "'String'"),
            Map.entry("java.lang.StringBuffer", "'String'"),
            Map.entry("java.lang.CharSequence", "'String'"),
            Map.entry("java.lang.Number", "a concrete number type such as 'BigDecimal' or 'long'"));

    /** Types refused for what they do rather than for their form, and why. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry(
                    "java.net.URL",
                    "'URL' resolves its host name through DNS in 'equals' and 'hashCode', so comparing events would"
                            + " block on the network and two events could be equal or not depending on it; use"
                            + " 'java.net.URI'"),
            Map.entry("java.net.InetAddress", inetAddress("InetAddress")),
            Map.entry("java.net.Inet4Address", inetAddress("Inet4Address")),
            Map.entry("java.net.Inet6Address", inetAddress("Inet6Address")));

    private final UserCodecs codecs;

    /** A reader that knows only the types the serde carries itself. */
    public ShapeReader() {
        this(new UserCodecs());
    }

    /** A reader that also carries the types of the users' codecs. */
    public ShapeReader(UserCodecs codecs) {
        this.codecs = codecs;
    }

    public Shape read(TypeMirror type) {
        JavaType typeName = JavaType.of(type);
        String display = TypeDisplay.of(type);
        switch (type.getKind()) {
            case BOOLEAN:
            case BYTE:
            case SHORT:
            case INT:
            case LONG:
            case FLOAT:
            case DOUBLE:
            case CHAR:
                return new Shape.Primitive((JavaType.Primitive) typeName);
            case ARRAY:
                TypeMirror component = ((ArrayType) type).getComponentType();
                return component.getKind() == TypeKind.BYTE
                        ? new Shape.Unsupported(
                                typeName, display, "arrays are mutable and not supported; use 'dev.eventrecords.Bytes'")
                        : new Shape.Unsupported(
                                typeName,
                                display,
                                "arrays are mutable and not supported; use 'List<" + boxedDisplay(component) + ">'");
            case TYPEVAR:
                return new Shape.Unsupported(
                        typeName, display, "a type variable has no JSON form known at compile time");
            case DECLARED:
                return declared((DeclaredType) type, typeName, display);
            case ERROR:
                return new Shape.Unsupported(typeName, display, "the type cannot be resolved");
            default:
                return new Shape.Unsupported(typeName, display, "'" + display + "' has no JSON form");
        }
    }

    private Shape declared(DeclaredType type, JavaType typeName, String display) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        List<? extends TypeMirror> args = type.getTypeArguments();
        Optional<ValueType> value = ValueTypes.named(name);
        if (value.isPresent()) {
            return new Shape.Scalar((JavaType.Declared) typeName, value.get());
        }
        switch (name) {
            case "java.util.Optional":
                return container(type, typeName, display, 1, "Optional<...>");
            case "java.util.List":
                return container(type, typeName, display, 1, "List<...>");
            case "java.util.Set":
                return container(type, typeName, display, 1, "Set<...>");
            case "java.util.Map":
                return container(type, typeName, display, 2, "Map<K, V>");
            default:
                break;
        }
        String typed = inheritsTypeInfo(element);
        if (typed != null) {
            return new Shape.Unsupported(typeName, display, typed);
        }
        if (element.getKind() == ElementKind.ENUM) {
            return new Shape.EnumType(
                    (JavaType.Declared) typeName,
                    JacksonReader.constantNames(element),
                    JacksonReader.enumValueAccessor(element));
        }
        if (element.getKind() == ElementKind.RECORD) {
            if (!element.getTypeParameters().isEmpty() || !args.isEmpty()) {
                return new Shape.Unsupported(
                        typeName, display, "generic records are not supported; give each component a concrete type");
            }
            String hidden = inaccessible(element);
            if (hidden != null) {
                return new Shape.Unsupported(typeName, display, hidden);
            }
            JavaType.Declared record = (JavaType.Declared) typeName;
            return new Shape.RecordType(record, GeneratedNames.codecFor(element));
        }
        Optional<UserCodecs.Registration> codec = codecs.forType(name);
        if (codec.isPresent() && args.isEmpty()) {
            UserCodecs.Registration registration = codec.get();
            return registration.refused() == null
                    ? new Shape.UserCodec((JavaType.Declared) typeName, registration.codec())
                    : new Shape.Unsupported(
                            typeName,
                            display,
                            "its codec '" + registration.codec().nestedName() + "' is refused: "
                                    + registration.refused());
        }
        if (PolymorphicReader.applies(element)) {
            return PolymorphicReader.read(element, typeName, display);
        }
        String refused = REFUSED.get(name);
        if (refused != null) {
            return new Shape.Unsupported(typeName, display, refused);
        }
        if (element.getKind() == ElementKind.CLASS
                && !element.getModifiers().contains(Modifier.ABSTRACT)
                && !INSTEAD.containsKey(name)
                && !name.startsWith("java.")
                && !name.startsWith("javax.")) {
            // a value class: whether it is immutable is the mutability rule's verdict
            String why = ValueClass.refusal(element);
            return why == null
                    ? new Shape.RecordType((JavaType.Declared) typeName, GeneratedNames.codecFor(element))
                    : new Shape.Unsupported(
                            typeName,
                            display,
                            "'" + name + "' is not a record, an enum or a"
                                    + " supported value type, and not a value class the serde carries: " + why);
        }
        String instead = INSTEAD.get(name);
        String what = element.getKind() == ElementKind.INTERFACE
                ? "'" + display + "' is an interface, so the serde cannot know which class to create"
                : element.getModifiers().contains(Modifier.ABSTRACT)
                        ? "'" + display + "' is abstract, so the serde cannot know which class to create"
                        : "'" + name + "' is not a record, an enum or a supported value type";
        return new Shape.Unsupported(typeName, display, instead == null ? what : what + "; use " + instead);
    }

    private Shape container(DeclaredType type, JavaType typeName, String display, int arity, String form) {
        List<? extends TypeMirror> args = type.getTypeArguments();
        if (args.size() != arity) {
            return new Shape.Unsupported(
                    typeName, display, "a raw '" + display + "' has no element type; use '" + form + "'");
        }
        for (TypeMirror arg : args) {
            if (arg.getKind() == TypeKind.WILDCARD) {
                return new Shape.Unsupported(
                        typeName,
                        display,
                        "wildcard type arguments are not supported; name the element type, as in '" + form + "'");
            }
        }
        JavaType.Declared parameterized = (JavaType.Declared) typeName;
        if (arity == 2) {
            Shape key = mapKey(args.get(0));
            if (key instanceof Shape.Unsupported refused) {
                return new Shape.Unsupported(typeName, display, refused.reason());
            }
            return new Shape.MapOf(parameterized, key, read(args.get(1)));
        }
        Shape element = read(args.get(0));
        String raw = ((TypeElement) type.asElement()).getSimpleName().toString();
        switch (raw) {
            case "Optional":
                return new Shape.OptionalOf(parameterized, element);
            case "List":
                return new Shape.ListOf(parameterized, element);
            default:
                return new Shape.SetOf(parameterized, element);
        }
    }

    /**
     * The shape of a map's key type: a value type whose map keys Jackson writes and reads back, or an enum; otherwise
     * {@link Shape.Unsupported} with the reason.
     */
    private Shape mapKey(TypeMirror type) {
        Shape key = read(type);
        if (key instanceof Shape.EnumType
                || (key instanceof Shape.Scalar s && s.value().mapKey().isPresent())) {
            return key;
        }
        String display = TypeDisplay.of(type);
        String keys = "map keys may be "
                + ValueTypes.mapKeyDisplays().stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "))
                + " or an enum";
        if (key instanceof Shape.Scalar || key instanceof Shape.Unsupported) {
            return new Shape.Unsupported(key.type(), display, keys + ", not '" + display + "'");
        }
        if (key instanceof Shape.UserCodec user) {
            return new Shape.Unsupported(
                    key.type(),
                    display,
                    "a type carried by a codec ('" + user.codec().nestedName() + "') cannot be a map key, since a"
                            + " codec writes a JSON value, not a property name; " + keys);
        }
        if (key instanceof Shape.RecordType
                && type instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement record
                && JacksonReader.valueComponent(record).isPresent()) {
            // Jackson 3 writes such a key as its value, and reads it back through the creator when that takes a String
            boolean text = record.getRecordComponents().size() == 1
                    && TypeDisplay.of(record.getRecordComponents().get(0).asType())
                            .equals("String");
            return text
                    ? key
                    : new Shape.Unsupported(
                            key.type(),
                            display,
                            "a '@JsonValue' record is carried as a map key only when its value is a 'String': Jackson"
                                    + " 3 writes such a key as its value's text but reads it back only through a"
                                    + " constructor or factory that takes a 'String'; " + keys + ", or a '@JsonValue'"
                                    + " record of a 'String'; key the map by the value that '" + display + "' wraps");
        }
        if (key instanceof Shape.RecordType
                && type instanceof DeclaredType declared
                && declared.asElement().getKind() == ElementKind.CLASS) {
            return new Shape.Unsupported(
                    key.type(),
                    display,
                    "a value class ('" + display + "') is not carried as a map key, since how Jackson 3 writes and"
                            + " reads it as a property name is not proven here; " + keys + "; key the map by the"
                            + " value the '" + display + "' stands for");
        }
        String what = key instanceof Shape.RecordType
                ? "Jackson writes a record map key with its 'toString()' ('" + display
                        + "[...]') and cannot read it back"
                : "Jackson writes a '" + display + "' map key with its 'toString()' and cannot read it back";
        return new Shape.Unsupported(
                key.type(),
                display,
                what + "; " + keys + "; key the map by the value the '" + display + "' stands for");
    }

    /**
     * Why a record or enum that inherits {@code @JsonTypeInfo} cannot be a component's declared type, or {@code null}:
     * Jackson 3 writes a type id in it there too, which only the sealed interface's shape carries.
     */
    private static String inheritsTypeInfo(TypeElement element) {
        if (element.getKind() != ElementKind.RECORD && element.getKind() != ElementKind.ENUM) {
            return null;
        }
        List<TypeElement> holders = new java.util.ArrayList<>(PolymorphicReader.typeInfoHolders(element));
        holders.remove(element); // its own annotation is the unsupported-annotation rule's
        if (holders.isEmpty()) {
            return null;
        }
        String holder = TypeDisplay.nestedName(holders.get(0));
        String self = TypeDisplay.nestedName(element);
        return "'" + self + "' inherits '@JsonTypeInfo' from '" + holder + "', so Jackson 3 writes a type id in a '"
                + self + "' wherever it is, which this serde writes only for a component declared as the sealed"
                + " interface; declare the component as '" + holder + "'";
    }

    /** Why generated code in the record's package cannot name it, or {@code null} when it can. */
    static String inaccessible(TypeElement record) {
        Element current = record;
        while (current instanceof TypeElement type) {
            if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
                return "'" + type.getSimpleName() + "' is declared inside a method, so generated code cannot name it";
            }
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                return "'" + TypeDisplay.nestedName(type)
                        + "' is private, so generated code in its package cannot use it";
            }
            current = type.getEnclosingElement();
        }
        if (current != null && current.getKind() != ElementKind.PACKAGE && current.getKind() != ElementKind.MODULE) {
            return "'" + record.getSimpleName() + "' is declared inside a method, so generated code cannot name it";
        }
        return null;
    }

    private static String inetAddress(String simpleName) {
        return "'" + simpleName + "' may hold a host name, which Jackson writes in place of the address and cannot read"
                + " back (it reads only numeric addresses, so that reading never looks a name up through DNS); carry"
                + " the address as a 'String' (its 'getHostAddress()')";
    }

    private static String boxedDisplay(TypeMirror type) {
        switch (type.getKind()) {
            case INT:
                return "Integer";
            case CHAR:
                return "Character";
            case BOOLEAN:
            case SHORT:
            case LONG:
            case FLOAT:
            case DOUBLE:
                String p = type.getKind().name().toLowerCase(java.util.Locale.ROOT);
                return Character.toUpperCase(p.charAt(0)) + p.substring(1);
            default:
                return TypeDisplay.of(type);
        }
    }
}
