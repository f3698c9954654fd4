package dev.eventrecords.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A final class that is not a record, carried as Jackson 3's default mapper carries it, in one of two forms:
 *
 * <ul>
 *   <li>a properties class: one {@code @JsonCreator} constructor or static factory whose parameters all carry
 *       {@code @JsonProperty("name")}, each matched by one public getter ({@code getX()}, or {@code isX()} returning a
 *       {@code boolean}) of the same type, and no other getter. Jackson 3 writes the creator properties first, in the
 *       creator's parameter order (verified: {@code SORT_PROPERTIES_ALPHABETICALLY} is on by default but does not
 *       reorder them), and names a getter's property by the Java Beans rule ({@code getURL()} is {@code "URL"}).
 *   <li>a single-value class: one public {@code @JsonValue} method without parameters, and one {@code @JsonCreator}
 *       constructor or static factory taking its type, without {@code @JsonProperty}, which Jackson 3 reads as a
 *       delegating creator; carried like a {@code @JsonValue} record ({@link ValueRecord}).
 * </ul>
 *
 * <p>Whether the class is immutable is the mutability rule's verdict; this only decides its JSON form, and refuses,
 * with the reason, every form not proven against Jackson 3.
 *
 * @param factory the static {@code @JsonCreator} factory's name, or empty for a constructor
 * @param jsonValue whether it is a single-value class
 * @param accessors by component name (a creator parameter's name), the method that gives its value
 */
public record ValueClass(Optional<String> factory, boolean jsonValue, Map<String, String> accessors) {

    static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    private static final String JACKSON = "com.fasterxml.jackson.annotation.";
    private static final String JACKSON_DATABIND = "tools.jackson.databind.annotation.";

    public ValueClass {
        accessors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(accessors));
    }

    /** A class's creator and its form, or why it is refused. */
    record Analysis(
            ValueClass valueClass, ExecutableElement creator, List<ExecutableElement> getters, String refused) {}

    /** Why a class is not carried, in a lower-case clause, or {@code null} when it is. */
    public static String refusal(TypeElement type) {
        return analyse(type).refused();
    }

    static Analysis analyse(TypeElement type) {
        String name = "'" + type.getSimpleName() + "'";
        if (!type.getTypeParameters().isEmpty()) {
            return refused("generic classes are not supported; give each field a concrete type");
        }
        String hidden = ShapeReader.inaccessible(type);
        if (hidden != null) {
            return refused(hidden);
        }
        TypeMirror superclass = type.getSuperclass();
        if (superclass instanceof DeclaredType declared
                && !((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Object")) {
            return refused(name + " extends '" + declared.asElement().getSimpleName() + "', and Jackson 3 also writes"
                    + " the properties it inherits, which this serde does not carry; make " + name
                    + " a final class that extends nothing, or a record");
        }
        if (!type.getModifiers().contains(Modifier.FINAL)) {
            return refused(name + " is not final, so a subclass could add state Jackson 3 would write; declare it"
                    + " 'final', or make it a record");
        }
        // Jackson annotations the serde does not apply: on the class, its fields and methods, and creator parameters
        // other than @JsonProperty's name
        for (AnnotationMirror a : type.getAnnotationMirrors()) {
            if (jackson(a)) {
                return refused(name + " carries '@" + simple(a) + "', which the serde does not apply to a value class;"
                        + " remove it, or make " + name + " a record");
            }
        }
        List<ExecutableElement> creators = new ArrayList<>();
        ExecutableElement valueMethod = null;
        for (Element member : type.getEnclosedElements()) {
            boolean isStatic = member.getModifiers().contains(Modifier.STATIC);
            for (AnnotationMirror a : member.getAnnotationMirrors()) {
                if (!jackson(a)) {
                    continue;
                }
                String what = simple(a);
                boolean creator = what.equals("JsonCreator")
                        && (member.getKind() == ElementKind.CONSTRUCTOR
                                || (member.getKind() == ElementKind.METHOD && isStatic));
                boolean value = what.equals("JsonValue") && member.getKind() == ElementKind.METHOD && !isStatic;
                if (!creator && !value) {
                    return refused(name + " " + place(member) + " carries '@" + what + "', which the serde does not"
                            + " apply to a value class; remove it: a value class is read through its '@JsonCreator'"
                            + " and written through its public getters, or its '@JsonValue' method");
                }
                if (creator) {
                    creators.add((ExecutableElement) member);
                } else if (valueMethod != null) {
                    return refused(name + " has more than one '@JsonValue' method, and Jackson 3 refuses that");
                } else {
                    valueMethod = (ExecutableElement) member;
                }
            }
            if (member.getKind() == ElementKind.FIELD
                    && !isStatic
                    && member.getModifiers().contains(Modifier.PUBLIC)) {
                return refused(name + " has public field '" + member.getSimpleName() + "', which Jackson 3 writes as"
                        + " a property; make it private and give it a getter");
            }
            if (member.getKind() == ElementKind.METHOD
                    && !isStatic
                    && member.getSimpleName().toString().startsWith("set")
                    && ((ExecutableElement) member).getParameters().size() == 1) {
                return refused(name + " has method '" + member.getSimpleName() + "', which Jackson 3 takes as a"
                        + " setter; remove it: a value class is read through its '@JsonCreator' alone");
            }
        }
        if (creators.size() > 1) {
            return refused(name + " has " + creators.size() + " '@JsonCreator's, and Jackson 3 refuses more than one"
                    + "; keep one");
        }
        return valueMethod != null ? singleValue(type, name, valueMethod, creators) : properties(type, name, creators);
    }

    private static Analysis singleValue(
            TypeElement type, String name, ExecutableElement method, List<ExecutableElement> creators) {
        String m = "'" + method.getSimpleName() + "()'";
        if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
            return refused(name + " has '@JsonValue' on method '" + method.getSimpleName() + "', which must take no"
                    + " parameters and return the value");
        }
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            return refused(name + " has '@JsonValue' on " + m + ", which is not public; make it public");
        }
        if (ModelReader.annotation(method, JacksonReader.JSON_VALUE)
                .flatMap(a -> ModelReader.explicitValue(a, "value"))
                .map(v -> Boolean.FALSE.equals(v.getValue()))
                .orElse(false)) {
            return refused(name + " has '@JsonValue(false)' on " + m + ", which undoes nothing here; remove it");
        }
        TypeMirror value = method.getReturnType();
        String display = TypeDisplay.of(value);
        if (java.util.Set.of("double", "boolean", "Double", "Boolean", "BigInteger", "BigDecimal")
                .contains(TypeDisplay.of(value))) {
            return refused("Jackson 3 reads " + name + " back through a creator that takes a '" + display + "' by"
                    + " rules of its own that this serde does not carry; wrap a 'String', 'int', 'long' or another"
                    + " supported type, or give " + name + " a property and a '@JsonCreator' with '@JsonProperty'"
                    + " parameters");
        }
        String fix = "add a '@JsonCreator' constructor or static factory that takes the '" + display + "' " + m
                + " returns, as in '@JsonCreator public " + type.getSimpleName() + "(" + TypeDisplay.simple(value)
                + " value)'";
        if (creators.isEmpty()) {
            return refused("Jackson 3 writes " + name + " as what " + m + " returns but cannot read it back: it has no"
                    + " '@JsonCreator'; " + fix);
        }
        ExecutableElement creator = creators.get(0);
        String refusedCreator = creatorProblem(type, creator);
        if (refusedCreator != null) {
            return refused(refusedCreator);
        }
        String mode = mode(creator);
        if (!mode.equals("DEFAULT") && !mode.equals("DELEGATING")) {
            return refused("Jackson 3 writes " + name + " as what " + m + " returns, but its '@JsonCreator(mode = "
                    + mode + ")' reads " + (mode.equals("PROPERTIES") ? "an object" : "nothing") + "; remove 'mode'");
        }
        List<? extends VariableElement> parameters = creator.getParameters();
        if (parameters.size() != 1
                || !same(parameters.get(0).asType(), value)
                || parameters.get(0).getAnnotationMirrors().stream().anyMatch(ValueClass::jackson)) {
            return refused("Jackson 3 writes " + name + " as what " + m + " returns, and reads it back through its"
                    + " '@JsonCreator' only when that takes one '" + display + "' without Jackson annotations; "
                    + fix);
        }
        String component = method.getSimpleName().toString();
        return new Analysis(
                new ValueClass(factoryName(creator), true, Map.of(component, component)),
                creator,
                List.of(method),
                null);
    }

    private static Analysis properties(TypeElement type, String name, List<ExecutableElement> creators) {
        Map<String, ExecutableElement> getters = new LinkedHashMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!method.getModifiers().contains(Modifier.PUBLIC)
                    || method.getModifiers().contains(Modifier.STATIC)
                    || !method.getParameters().isEmpty()
                    || method.getReturnType().getKind() == TypeKind.VOID) {
                continue;
            }
            String method_ = method.getSimpleName().toString();
            String rest = method_.startsWith("get")
                    ? method_.substring(3)
                    : method_.startsWith("is") && booleanType(method.getReturnType()) ? method_.substring(2) : null;
            if (rest == null || rest.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(rest.charAt(0))) {
                if (!Character.isLowerCase(rest.charAt(0))) {
                    return refused(name + " has method '" + method_ + "()', which this serde cannot tell is a"
                            + " getter as Jackson 3 would; rename it, as in 'get" + rest.substring(1) + "()'");
                }
                continue;
            }
            getters.put(decapitalize(rest), method);
        }
        String inherited = inheritedGetter(type, type);
        if (inherited != null) {
            return refused(name + " " + inherited);
        }
        List<String> wanted = getters.keySet().stream()
                .map(p -> "@JsonProperty(\"" + p + "\") "
                        + TypeDisplay.simple(getters.get(p).getReturnType()) + " " + javaName(p))
                .toList();
        String example = "'@JsonCreator public " + type.getSimpleName() + "(" + String.join(", ", wanted) + ")'";
        String add = "add a '@JsonCreator' constructor or static factory whose parameters carry the names of its"
                + " properties, as in " + example;
        if (getters.isEmpty()) {
            return refused("Jackson 3 finds no property in " + name + " and writes it as '{}': it has no public getter"
                    + " ('getX()' or 'isX()'); give each value a public getter and read them all through a"
                    + " '@JsonCreator' whose parameters carry their '@JsonProperty' names, or make it a record");
        }
        if (creators.isEmpty()) {
            return refused("Jackson 3 writes " + name + " through its getters but cannot read it back: it has no"
                    + " '@JsonCreator'; " + add);
        }
        ExecutableElement creator = creators.get(0);
        String problem = creatorProblem(type, creator);
        if (problem != null) {
            return refused(problem);
        }
        String mode = mode(creator);
        if (!mode.equals("DEFAULT") && !mode.equals("PROPERTIES")) {
            return refused(
                    "its '@JsonCreator(mode = " + mode + ")' does not read the properties Jackson 3 writes; " + add);
        }
        Map<String, String> accessors = new LinkedHashMap<>();
        List<ExecutableElement> used = new ArrayList<>();
        for (VariableElement p : creator.getParameters()) {
            Optional<AnnotationMirror> property = ModelReader.annotation(p, JSON_PROPERTY);
            String parameter = "parameter '" + p.getSimpleName() + "' of its '@JsonCreator'";
            Optional<String> json = property.flatMap(a -> ModelReader.explicitValue(a, "value"))
                    .map(v -> String.valueOf(v.getValue()))
                    .filter(v -> !v.isEmpty());
            if (json.isEmpty()) {
                return refused(parameter + " has no '@JsonProperty' name, so Jackson 3 cannot read " + name
                        + " from the object it writes; name each parameter after the property it reads, as in "
                        + example);
            }
            for (AnnotationMirror a : p.getAnnotationMirrors()) {
                if (jackson(a) && !simple(a).equals("JsonProperty")) {
                    return refused(parameter + " carries '@" + simple(a) + "', which the serde does not apply to a"
                            + " value class; remove it");
                }
            }
            if (property.get().getElementValues().size() != 1) {
                return refused(parameter + " sets more than the name on '@JsonProperty', which the serde does not"
                        + " apply to a value class; write '@JsonProperty(\"" + json.get() + "\")'");
            }
            ExecutableElement getter = getters.get(json.get());
            if (getter == null) {
                return refused(parameter + " reads property '" + json.get() + "', which Jackson 3 does not write: "
                        + name + " has no public getter 'get" + capitalize(json.get()) + "()'; add it, or name the"
                        + " parameter after one of "
                        + getters.keySet().stream().map(g -> "'" + g + "'").collect(Collectors.joining(", ")));
            }
            if (!same(getter.getReturnType(), p.asType())) {
                return refused(parameter + " is a '" + TypeDisplay.of(p.asType()) + "' but getter '"
                        + getter.getSimpleName() + "()' gives a '" + TypeDisplay.of(getter.getReturnType())
                        + "'; give both the same type");
            }
            if (accessors.containsKey(p.getSimpleName().toString()) || used.contains(getter)) {
                return refused(parameter + " reads property '" + json.get() + "' twice; name each parameter once");
            }
            accessors.put(p.getSimpleName().toString(), getter.getSimpleName().toString());
            used.add(getter);
        }
        for (Map.Entry<String, ExecutableElement> g : getters.entrySet()) {
            if (!used.contains(g.getValue())) {
                return refused("Jackson 3 writes getter '" + g.getValue().getSimpleName() + "()' of " + name + " as"
                        + " property '" + g.getKey() + "', which its '@JsonCreator' does not read; add a parameter"
                        + " '@JsonProperty(\"" + g.getKey() + "\")', or rename the method so it does not start with"
                        + " 'get' or 'is'");
            }
        }
        return new Analysis(new ValueClass(factoryName(creator), false, accessors), creator, used, null);
    }

    /**
     * A default getter that {@code type} inherits from an interface and does not override, which Jackson 3 writes
     * as a property too (verified), as a clause, or {@code null}.
     */
    private static String inheritedGetter(TypeElement type, TypeElement at) {
        for (TypeMirror i : at.getInterfaces()) {
            if (!(i instanceof DeclaredType declared && declared.asElement() instanceof TypeElement iface)) {
                continue;
            }
            for (ExecutableElement method : ElementFilter.methodsIn(iface.getEnclosedElements())) {
                String m = method.getSimpleName().toString();
                boolean getter = method.getModifiers().contains(Modifier.DEFAULT)
                        && method.getParameters().isEmpty()
                        && (m.startsWith("get") || m.startsWith("is"))
                        && ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                                .noneMatch(own -> own.getSimpleName().contentEquals(m)
                                        && own.getParameters().isEmpty());
                if (getter) {
                    return "inherits default method '" + m + "()' from '" + iface.getSimpleName() + "', which"
                            + " Jackson 3 writes as a property; rename it so it does not start with 'get' or 'is', or"
                            + " override it in '" + type.getSimpleName() + "' and read it through the '@JsonCreator'";
                }
            }
            String deeper = inheritedGetter(type, iface);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** Why the generated codec cannot call a creator, or {@code null}. */
    private static String creatorProblem(TypeElement type, ExecutableElement creator) {
        String what = creator.getKind() == ElementKind.CONSTRUCTOR
                ? "its '@JsonCreator' constructor"
                : "its '@JsonCreator' method '" + creator.getSimpleName() + "'";
        if (creator.getModifiers().contains(Modifier.PRIVATE)) {
            return what + " is private, so the generated codec cannot call it; make it public";
        }
        if (!creator.getModifiers().contains(Modifier.PUBLIC)) {
            return what + " is not public, so a codec generated for a record in another package cannot call it;"
                    + " make it public";
        }
        if (creator.getKind() == ElementKind.METHOD && !same(creator.getReturnType(), type.asType())) {
            return what + " does not return '" + type.getSimpleName() + "'";
        }
        if (!creator.getThrownTypes().isEmpty()) {
            return what + " declares checked exceptions, which the generated codec cannot throw; remove 'throws'";
        }
        return null;
    }

    /** Jackson 3 takes {@code isX()} as a getter when it returns {@code boolean} or {@code Boolean} (verified). */
    private static boolean booleanType(TypeMirror type) {
        return type.getKind() == TypeKind.BOOLEAN || TypeDisplay.of(type).equals("Boolean");
    }

    private static boolean same(TypeMirror a, TypeMirror b) {
        return a.toString().equals(b.toString());
    }

    private static Optional<String> factoryName(ExecutableElement creator) {
        return creator.getKind() == ElementKind.METHOD
                ? Optional.of(creator.getSimpleName().toString())
                : Optional.empty();
    }

    private static String mode(ExecutableElement creator) {
        return ModelReader.annotation(creator, JacksonReader.JSON_CREATOR)
                .flatMap(a -> ModelReader.explicitValue(a, "mode"))
                .map(v -> v.getValue() instanceof VariableElement e
                        ? e.getSimpleName().toString()
                        : String.valueOf(v.getValue()))
                .orElse("DEFAULT");
    }

    private static Analysis refused(String reason) {
        return new Analysis(null, null, List.of(), reason);
    }

    private static boolean jackson(AnnotationMirror a) {
        String n = ((TypeElement) a.getAnnotationType().asElement())
                .getQualifiedName()
                .toString();
        return n.startsWith(JACKSON) || n.startsWith(JACKSON_DATABIND);
    }

    private static String simple(AnnotationMirror a) {
        return a.getAnnotationType().asElement().getSimpleName().toString();
    }

    private static String place(Element member) {
        switch (member.getKind()) {
            case FIELD:
                return "field '" + member.getSimpleName() + "'";
            case CONSTRUCTOR:
                return "constructor";
            case METHOD:
                return "method '" + member.getSimpleName() + "()'";
            default:
                return "member '" + member.getSimpleName() + "'";
        }
    }

    /** The Java Beans rule, which Jackson 3 applies: "URL" stays, "Amount" becomes "amount". */
    static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String javaName(String property) {
        return javax.lang.model.SourceVersion.isName(property) ? property : "value";
    }
}
