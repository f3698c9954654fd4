package dev.eventrecords.processor.immutability;

import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides whether a record component can change after the record was created, looking as deep as the type goes:
 * through record components, fields (superclasses' included), type arguments and the permitted subtypes of sealed
 * types, for sources and compiled classes alike. A type met again on the way (a cycle between records) is taken as
 * immutable there: whatever could change in it is found where it was first met.
 *
 * <p>One instance serves one rule run; it caches what it read from constructors.
 */
public final class TypeClassifier {

    /** The {@code java.util} interfaces a record component may have when its constructor copies it. */
    private static final Map<String, String> COPY_FACTORIES = Map.of(
            "java.util.List", "List.copyOf",
            "java.util.Set", "Set.copyOf",
            "java.util.Map", "Map.copyOf",
            "java.util.Collection", "List.copyOf");

    private final Types types;
    private final Elements elements;
    private final Optional<Trees> trees;
    private final Set<String> declaredImmutable;
    private final KnownTypes known = KnownTypes.get();
    private final Map<TypeElement, ConstructorCopies> copies = new HashMap<>();
    private Set<String> visited = new HashSet<>();

    /**
     * A classifier for one rule run.
     *
     * @param env the compiler's environment
     * @param trees javac's syntax trees, empty when the compiler has none (copies are then reported as unverified)
     * @param declaredImmutable canonical names the user declares immutable
     */
    public TypeClassifier(ProcessingEnvironment env, Optional<Trees> trees, Set<String> declaredImmutable) {
        this.types = env.getTypeUtils();
        this.elements = env.getElementUtils();
        this.trees = trees;
        this.declaredImmutable = Set.copyOf(declaredImmutable);
    }

    /**
     * Classifies one component of a record. The explanation of a problem continues the phrase "component 'x' of type
     * 'T'".
     *
     * @param record the record
     * @param component one of its components
     * @return the verdict
     */
    public Verdict component(TypeElement record, RecordComponentElement component) {
        visited = new HashSet<>();
        visited.add(record.asType().toString());
        return recordComponent((DeclaredType) record.asType(), component);
    }

    /**
     * Classifies a type on its own, wherever it may be used: the type a user's codec carries, say. The explanation of
     * a problem continues the phrase "'T'".
     *
     * @param type any type
     * @return the verdict
     */
    public Verdict standalone(TypeMirror type) {
        visited = new HashSet<>();
        return type(type);
    }

    /**
     * A type as the rule's messages spell it: simple names, as written inside the user's file ({@code List<Line>}).
     *
     * @param type any type
     * @return its display
     */
    public String display(TypeMirror type) {
        return TypeNames.of(type);
    }

    private Verdict recordComponent(DeclaredType owner, RecordComponentElement component) {
        TypeMirror type = memberType(owner, component);
        List<DeepCopy.Level> levels = DeepCopy.levels(type);
        if (DeepCopy.required(levels) > 1) {
            return deepComponent(component, (DeclaredType) type, levels);
        }
        if (type instanceof DeclaredType declared && COPY_FACTORIES.containsKey(qualifiedName(declared))) {
            TypeElement record = (TypeElement) component.getEnclosingElement();
            String factory = COPY_FACTORIES.get(qualifiedName(declared));
            String name = component.getSimpleName().toString();
            Verdict copy = copy(record, name, factory + "(" + name + ")", List.of(), 1);
            if (copy.isMutable()) {
                return copy;
            }
            Verdict contents = typeArguments(declared);
            return contents.isMutable() || copy.isImmutable() ? contents : copy;
        }
        return type(type);
    }

    /**
     * A component with collections inside collections ({@code Map<String, List<String>>}, {@code List<List<X>>},
     * {@code Optional<List<X>>}): immutable when the constructor copies every level into an unmodifiable collection
     * and what the innermost level holds is immutable.
     */
    private Verdict deepComponent(RecordComponentElement component, DeclaredType type, List<DeepCopy.Level> levels) {
        TypeElement record = (TypeElement) component.getEnclosingElement();
        String name = component.getSimpleName().toString();
        Set<String> taken = new HashSet<>();
        record.getRecordComponents().forEach(c -> taken.add(c.getSimpleName().toString()));
        String expression = DeepCopy.expression(levels, name, taken);
        Verdict copy = copy(record, name, expression, levels, DeepCopy.required(levels));
        if (copy.isMutable()) {
            return copy;
        }
        Verdict contents = deepContents(type, levels, 0);
        return contents.isMutable() || copy.isImmutable() ? contents : copy;
    }

    /** The type arguments of level {@code i}: the next level is judged as a level, the rest (map keys) as types. */
    private Verdict deepContents(DeclaredType type, List<DeepCopy.Level> levels, int i) {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (i == levels.size() - 1 || arguments.isEmpty()) {
            return typeArguments(type);
        }
        int nested = levels.get(i).kind() == DeepCopy.Kind.MAP ? arguments.size() - 1 : 0;
        Verdict unverified = Verdict.IMMUTABLE;
        for (int j = 0; j < arguments.size(); j++) {
            TypeMirror argument = arguments.get(j);
            String role = arguments.size() == 1
                    ? (levels.get(i).kind() == DeepCopy.Kind.OPTIONAL ? "value type" : "element type")
                    : (j == 0 ? "key type" : "value type");
            Verdict verdict = (j == nested ? deepContents(levels.get(i + 1).type(), levels, i + 1) : type(argument))
                    .within(role + " '" + TypeNames.of(argument) + "'");
            if (verdict.isMutable()) {
                return verdict;
            }
            if (unverified.isImmutable()) {
                unverified = verdict;
            }
        }
        return unverified;
    }

    /**
     * Whether the constructor copies component {@code name}.
     *
     * @param expression the copy to write, as the fix spells it
     * @param levels the component's levels of collections, when it needs a deep copy (empty otherwise)
     * @param required how many levels must be copied
     */
    private Verdict copy(
            TypeElement record, String name, String expression, List<DeepCopy.Level> levels, int required) {
        if (trees.isEmpty()) {
            return new Verdict.Unverified(" could not be checked for a copy: this compiler does not offer javac's"
                    + " syntax trees; make sure the record's constructor has '" + name + " = " + expression + ";'");
        }
        ConstructorCopies read =
                copies.computeIfAbsent(record, r -> ConstructorCopies.read(r, trees.get(), elements, types));
        ConstructorCopies.Outcome outcome = read.outcome(name, required);
        String fix = fix(read.constructor(), name, expression);
        switch (outcome.kind()) {
            case COPIED:
                return Verdict.IMMUTABLE;
            case SHALLOW:
                if (!DeepCopy.copiesACollection(levels, outcome.depth())) {
                    return Verdict.mutable(" is not copied: " + fix);
                }
                return Verdict.mutable(" is copied, but not " + DeepCopy.uncopied(levels, outcome.depth())
                        + ", which can still be changed: " + fix);
            case NOT_COPIED:
                return Verdict.mutable(" is not copied: " + fix);
            case NOT_ON_EVERY_PATH:
                return Verdict.mutable(" is not copied on every path: " + fix);
            case WRONG_SOURCE:
                return Verdict.mutable(" is copied from '" + outcome.detail() + "' instead of '" + name + "': " + fix);
            case VIEW:
                return Verdict.mutable(" is wrapped in '" + outcome.detail()
                        + "', a view through which the caller's collection can still change: " + fix);
            case MODIFIABLE:
                return Verdict.mutable(" is assigned '" + outcome.detail() + "', which can still be changed: " + fix);
            case OTHER:
                return Verdict.mutable(" is assigned '" + outcome.detail() + "', which is not a known copy: " + fix);
            default:
                return Verdict.mutable(" cannot be checked for a copy: '" + TypeNames.of(record)
                        + "' is compiled, so its constructor cannot be read; if it copies '" + name + "', list '"
                        + record.getQualifiedName() + "' in the option '" + ImmutableTypesOption.NAME + "'");
        }
    }

    private static String fix(ConstructorCopies.Constructor constructor, String name, String expression) {
        String copy = expression + ";";
        switch (constructor) {
            case COMPACT:
                return "end the compact constructor with '" + name + " = " + copy + "'";
            case EXPLICIT:
                return "assign 'this." + name + " = " + copy + "' in the canonical constructor";
            default:
                return "add '" + name + " = " + copy + "' to a compact constructor";
        }
    }

    /** Classifies a type wherever it is used: a field, a type argument, a permitted subtype. */
    private Verdict type(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return Verdict.IMMUTABLE;
        }
        switch (type.getKind()) {
            case ARRAY:
                return array((ArrayType) type);
            case TYPEVAR:
                return Verdict.mutable(": '" + ((TypeVariable) type).asElement().getSimpleName()
                        + "' is a type variable, which nothing proves immutable");
            case WILDCARD:
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                return bound != null
                        ? type(bound)
                        : Verdict.mutable(
                                ": '" + TypeNames.of(type) + "' may be any type, which nothing proves immutable");
            case DECLARED:
                return declared((DeclaredType) type);
            case ERROR:
                // javac reports the unknown type itself
                return Verdict.IMMUTABLE;
            default:
                return Verdict.mutable(
                        ": '" + TypeNames.of(type) + "' is not a type whose immutability can be checked");
        }
    }

    private Verdict array(ArrayType type) {
        TypeMirror component = type.getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
            return Verdict.mutable(": arrays are mutable; use 'dev.eventrecords.Bytes'");
        }
        TypeMirror element = component.getKind().isPrimitive()
                ? types.boxedClass((PrimitiveType) component).asType()
                : component;
        return Verdict.mutable(
                ": arrays are mutable; use 'List<" + TypeNames.of(element) + ">' and copy it in a compact constructor");
    }

    private Verdict declared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        String shown = TypeNames.of(type);
        if (!visited.add(type.toString())) {
            return Verdict.IMMUTABLE;
        }
        if (isDeclaredImmutable(element) || known.isContainer(name) || isGuavaImmutable(element)) {
            return typeArguments(type);
        }
        if (known.isImmutable(name)) {
            return Verdict.IMMUTABLE;
        }
        Optional<String> instead = known.mutable(name);
        if (instead.isPresent()) {
            return Verdict.mutable(": '" + shown + "' is mutable" + use(instead.get()));
        }
        if (name.equals("java.lang.Object")) {
            return Verdict.mutable(": 'Object' may hold any value, which nothing proves immutable");
        }
        if (COPY_FACTORIES.containsKey(name)) {
            return Verdict.mutable(": '" + shown + "' can be changed unless it is copied, and only a record"
                    + " component's copy is checked; hold it in a record whose compact constructor copies it");
        }
        Optional<String> family = family(type);
        if (family.isPresent()) {
            return Verdict.mutable(": '" + shown + "' is mutable" + family.get());
        }
        Optional<DeclaredType> collection = collectionInterface(type);
        if (collection.isPresent()) {
            return Verdict.mutable(": '" + shown + "' is a modifiable collection; use '"
                    + TypeNames.of(collection.get()) + "' and copy it in a compact constructor");
        }
        switch (element.getKind()) {
            case ENUM:
                return Verdict.IMMUTABLE;
            case RECORD:
                return record(type, element);
            case INTERFACE:
            case ANNOTATION_TYPE:
                return element.getModifiers().contains(Modifier.SEALED)
                        ? permitted(type)
                        : Verdict.mutable(": '" + shown + "' is an interface that is not sealed, so nothing proves its"
                                + " implementations immutable; seal it or use a record");
            default:
                return aClass(type, element, shown);
        }
    }

    private Verdict record(DeclaredType type, TypeElement element) {
        Verdict unverified = Verdict.IMMUTABLE;
        for (RecordComponentElement component : element.getRecordComponents()) {
            Verdict verdict = recordComponent(type, component)
                    .within("component '" + component.getSimpleName() + "' of '" + TypeNames.of(element) + "' of type '"
                            + TypeNames.of(memberType(type, component)) + "'");
            if (verdict.isMutable()) {
                return verdict;
            }
            if (unverified.isImmutable()) {
                unverified = verdict;
            }
        }
        return unverified;
    }

    private Verdict aClass(DeclaredType type, TypeElement element, String shown) {
        boolean sealed = element.getModifiers().contains(Modifier.SEALED);
        if (!sealed && !element.getModifiers().contains(Modifier.FINAL)) {
            return element.getModifiers().contains(Modifier.ABSTRACT)
                    ? Verdict.mutable(
                            ": '" + shown + "' is abstract and not sealed, so nothing proves its subclasses immutable")
                    : Verdict.mutable(
                            ": '" + shown + "' is not final, so a subclass may add mutable state; make it final");
        }
        Verdict unverified = Verdict.IMMUTABLE;
        for (DeclaredType current = type; current != null; current = superclass(current)) {
            TypeElement owner = (TypeElement) current.asElement();
            for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
                if (field.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                String where = "field '" + field.getSimpleName() + "' of '" + TypeNames.of(owner) + "'";
                if (!field.getModifiers().contains(Modifier.FINAL)) {
                    return Verdict.mutable(": " + where + " is not final");
                }
                TypeMirror fieldType = memberType(current, field);
                Verdict verdict = classField(owner, field, fieldType)
                        .within(where + " of type '" + TypeNames.of(fieldType) + "'");
                if (verdict.isMutable()) {
                    return verdict;
                }
                if (unverified.isImmutable()) {
                    unverified = verdict;
                }
            }
        }
        if (sealed) {
            Verdict subtypes = permitted(type);
            return subtypes.isMutable() || unverified.isImmutable() ? subtypes : unverified;
        }
        return unverified;
    }

    /**
     * A field of a final class: a {@code List}, {@code Set}, {@code Map} or {@code Collection} is immutable when every
     * constructor of the class, read from its source, copies it; anything else as wherever it is used.
     */
    private Verdict classField(TypeElement owner, VariableElement field, TypeMirror fieldType) {
        if (!(fieldType instanceof DeclaredType declared) || !COPY_FACTORIES.containsKey(qualifiedName(declared))) {
            return type(fieldType);
        }
        String factory = COPY_FACTORIES.get(qualifiedName(declared));
        if (trees.isEmpty()) {
            return new Verdict.Unverified(" could not be checked for a copy: this compiler does not offer javac's"
                    + " syntax trees; make sure every constructor of '" + owner.getSimpleName() + "' has 'this."
                    + field.getSimpleName() + " = " + factory + "(...);'");
        }
        Optional<String> problem = ClassFieldCopies.problem(owner, field, trees.get(), factory);
        return problem.isPresent() ? Verdict.mutable(problem.get()) : typeArguments(declared);
    }

    private Verdict permitted(DeclaredType sealed) {
        TypeElement element = (TypeElement) sealed.asElement();
        Verdict unverified = Verdict.IMMUTABLE;
        for (TypeMirror permitted : element.getPermittedSubclasses()) {
            TypeMirror subtype = specialise(permitted, sealed);
            Verdict verdict = type(subtype)
                    .within("permitted subtype '" + TypeNames.of(subtype) + "' of '" + TypeNames.of(element) + "'");
            if (verdict.isMutable()) {
                return verdict;
            }
            if (unverified.isImmutable()) {
                unverified = verdict;
            }
        }
        return unverified;
    }

    /**
     * A generic permitted subtype with the sealed type's arguments: {@code Ok<String>} for {@code Ok<T> implements
     * Result<T>} seen as {@code Result<String>}. The subtype as declared when its type variables cannot all be matched.
     */
    private TypeMirror specialise(TypeMirror permitted, DeclaredType sealed) {
        if (!(permitted instanceof DeclaredType declared)
                || sealed.getTypeArguments().isEmpty()) {
            return permitted;
        }
        TypeElement sub = (TypeElement) declared.asElement();
        List<? extends TypeParameterElement> parameters = sub.getTypeParameters();
        if (parameters.isEmpty()) {
            return permitted;
        }
        for (DeclaredType supertype : supertypesAndSelf((DeclaredType) sub.asType())) {
            if (!supertype.asElement().equals(sealed.asElement())) {
                continue;
            }
            TypeMirror[] arguments = new TypeMirror[parameters.size()];
            List<? extends TypeMirror> declaredArguments = supertype.getTypeArguments();
            for (int j = 0;
                    j < declaredArguments.size()
                            && j < sealed.getTypeArguments().size();
                    j++) {
                if (declaredArguments.get(j) instanceof TypeVariable variable) {
                    int i = parameters.indexOf(variable.asElement());
                    if (i >= 0) {
                        arguments[i] = sealed.getTypeArguments().get(j);
                    }
                }
            }
            for (TypeMirror argument : arguments) {
                if (argument == null || argument.getKind() == TypeKind.WILDCARD) {
                    return permitted;
                }
            }
            try {
                return types.getDeclaredType(sub, arguments);
            } catch (IllegalArgumentException e) {
                return permitted;
            }
        }
        return permitted;
    }

    /** Checks every type argument: {@code Optional<Date>}, {@code ImmutableMap<String, Date>}. */
    private Verdict typeArguments(DeclaredType type) {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (arguments.isEmpty()
                && !((TypeElement) type.asElement()).getTypeParameters().isEmpty()) {
            return Verdict.mutable(": '" + TypeNames.of(type) + "' is a raw type, so what it holds may be of any type;"
                    + " give it type arguments");
        }
        Verdict unverified = Verdict.IMMUTABLE;
        for (int i = 0; i < arguments.size(); i++) {
            TypeMirror argument = arguments.get(i);
            String role;
            if (arguments.size() == 1) {
                role = known.isContainer(qualifiedName(type)) ? "value type" : "element type";
            } else if (arguments.size() == 2) {
                role = i == 0 ? "key type" : "value type";
            } else {
                role = "type argument";
            }
            Verdict verdict = type(argument).within(role + " '" + TypeNames.of(argument) + "'");
            if (verdict.isMutable()) {
                return verdict;
            }
            if (unverified.isImmutable()) {
                unverified = verdict;
            }
        }
        return unverified;
    }

    private boolean isDeclaredImmutable(TypeElement element) {
        if (declaredImmutable.contains(element.getQualifiedName().toString())
                || declaredImmutable.contains(elements.getBinaryName(element).toString())) {
            return true;
        }
        for (AnnotationMirror annotation : elements.getAllAnnotationMirrors(element)) {
            if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Immutable")) {
                return true;
            }
        }
        return false;
    }

    /** Guava's immutable collections ({@code ImmutableList}, ...) and primitive arrays ({@code ImmutableIntArray}). */
    private boolean isGuavaImmutable(TypeElement element) {
        String pkg = elements.getPackageOf(element).getQualifiedName().toString();
        return (pkg.equals("com.google.common.collect") || pkg.equals("com.google.common.primitives"))
                && element.getSimpleName().toString().startsWith("Immutable");
    }

    /** When the type belongs to a family of mutable types (Jackson's tree nodes, NIO buffers): why, and the fix. */
    private Optional<String> family(DeclaredType type) {
        for (DeclaredType current : supertypesAndSelf(type)) {
            Optional<String> instead = known.family(qualifiedName(current));
            if (instead.isPresent()) {
                String root = TypeNames.of((TypeElement) current.asElement());
                String as = current.asElement().equals(type.asElement()) ? "" : ", as every '" + root + "' is";
                return Optional.of(as + use(instead.get()));
            }
        }
        return Optional.empty();
    }

    /** For a concrete or special collection, the {@code java.util} interface to use instead, with its arguments. */
    private Optional<DeclaredType> collectionInterface(DeclaredType type) {
        DeclaredType collection = null;
        for (DeclaredType current : supertypesAndSelf(type)) {
            String name = qualifiedName(current);
            if (name.equals("java.util.List") || name.equals("java.util.Set") || name.equals("java.util.Map")) {
                return Optional.of(current);
            }
            if (name.equals("java.util.Collection") && collection == null) {
                collection = current;
            }
        }
        if (collection == null) {
            return Optional.empty();
        }
        return Optional.of(types.getDeclaredType(
                elements.getTypeElement("java.util.List"),
                collection.getTypeArguments().toArray(new TypeMirror[0])));
    }

    private List<DeclaredType> supertypesAndSelf(DeclaredType type) {
        List<DeclaredType> all = new ArrayList<>();
        ArrayDeque<DeclaredType> todo = new ArrayDeque<>();
        Set<Element> seen = new HashSet<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            DeclaredType current = todo.poll();
            if (seen.add(current.asElement())) {
                all.add(current);
                for (TypeMirror supertype : types.directSupertypes(current)) {
                    if (supertype instanceof DeclaredType declared) {
                        todo.add(declared);
                    }
                }
            }
        }
        return all;
    }

    /** The superclass with its type arguments, or {@code null} at {@code Object}. */
    private DeclaredType superclass(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        if (element.getKind() != ElementKind.CLASS || element.getSuperclass().getKind() != TypeKind.DECLARED) {
            return null;
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (supertype instanceof DeclaredType declared
                    && declared.asElement().getKind() == ElementKind.CLASS
                    && !qualifiedName(declared).equals("java.lang.Object")) {
                return declared;
            }
        }
        return null;
    }

    private TypeMirror memberType(DeclaredType owner, Element member) {
        try {
            return types.asMemberOf(owner, member);
        } catch (IllegalArgumentException e) {
            return member.asType();
        }
    }

    private static String use(String instead) {
        if (instead.isEmpty()) {
            return "";
        }
        return instead.contains(" ") ? "; use " + instead : "; use '" + instead + "'";
    }

    private static String qualifiedName(DeclaredType type) {
        return ((TypeElement) type.asElement()).getQualifiedName().toString();
    }
}
