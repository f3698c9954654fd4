package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.immutability.ImmutableTypesOption;
import dev.eventrecords.processor.immutability.Verdict;
import dev.eventrecords.processor.model.JavaName;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.ShapeReader;
import dev.eventrecords.processor.model.TypeDisplay;
import dev.eventrecords.processor.model.UserCodecs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * {@code eventrecords:codec}: a user's codec ({@code @EventCodec}, or listed in {@code @EventCodecs}) has the shape
 * generated code calls, a public class with {@code public static final INSTANCE} that implements {@code JsonCodec<T>},
 * and carries a type {@code T} that is concrete, immutable and not carried by the serde already. A codec refused here
 * is still registered, refused, so that an event using its type hears why rather than that the type is unknown.
 */
public final class CodecRule {

    /** The runtime's codec interface. */
    public static final String JSON_CODEC = "dev.eventrecords.kafka.JsonCodec";

    /**
     * What the rule found for one codec.
     *
     * @param registration the codec, refused or not; empty when it carries no type that could be named
     * @param problems the errors, empty when the codec can be used
     */
    public record Judged(Optional<UserCodecs.Registration> registration, List<Diagnostic> problems) {}

    /**
     * Judges one codec.
     *
     * @param codec the codec class
     * @param site where to report: the codec itself when it is a source of the compilation, else the element whose
     *     {@code @EventCodecs} names it
     */
    public Judged check(TypeElement codec, Element site, RuleContext context) {
        Types types = context.env().getTypeUtils();
        String name = "codec '" + TypeDisplay.nestedName(codec) + "'";
        JavaName codecName = JavaName.of(codec);
        Optional<DeclaredType> implemented = jsonCodecOf(codec, types);
        if (implemented.isEmpty() || implemented.get().getTypeArguments().size() != 1) {
            return new Judged(
                    Optional.empty(),
                    List.of(error(
                            site,
                            name + " does not implement 'JsonCodec<T>' for a"
                                    + " type 'T', so generated code cannot call it; implement 'dev.eventrecords.kafka.JsonCodec<T>'"
                                    + " with the type it writes and reads")));
        }
        TypeMirror carried = implemented.get().getTypeArguments().get(0);
        if (carried.getKind() == TypeKind.ERROR) {
            return new Judged(Optional.empty(), List.of()); // javac reports the missing type itself
        }
        if (!(carried instanceof DeclaredType declared)
                || !declared.getTypeArguments().isEmpty()
                || !((TypeElement) declared.asElement()).getTypeParameters().isEmpty()) {
            return new Judged(
                    Optional.empty(),
                    List.of(error(
                            site,
                            name + " implements 'JsonCodec<"
                                    + TypeDisplay.of(carried)
                                    + ">', whose type is not a class or interface without type"
                                    + " parameters, so no component type can be matched with it; write a codec for one concrete"
                                    + " type, such as 'JsonCodec<Money>'")));
        }
        TypeElement type = (TypeElement) declared.asElement();
        String typeName = type.getQualifiedName().toString();
        String shown = "'" + TypeDisplay.of(carried) + "'";
        List<String> refusals = new ArrayList<>();
        shapeProblem(codec).ifPresent(refusals::add);
        Shape own = new ShapeReader().read(carried);
        if (!(own instanceof Shape.Unsupported)) {
            refusals.add(shown + " is carried by the serde already, as Jackson 3 writes it, and a codec would change"
                    + " what the event's JSON holds; remove the codec");
        }
        Verdict verdict = context.classifier().standalone(carried);
        if (verdict instanceof Verdict.Mutable mutable) {
            String explanation = mutable.explanation().startsWith(":")
                    ? mutable.explanation().substring(1).strip()
                    : shown + mutable.explanation();
            refusals.add("nothing proves " + shown + " immutable (" + explanation + "), and an event must not change"
                    + " after it was created; if it is immutable, list '" + typeName + "' in the option '"
                    + ImmutableTypesOption.NAME + "' (-A" + ImmutableTypesOption.NAME + "=" + typeName + ") or"
                    + " annotate it '@Immutable', else carry an immutable value instead");
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (String refusal : refusals) {
            problems.add(error(site, name + " for " + shown + ": " + refusal));
        }
        String refused = refusals.isEmpty() ? null : refusals.get(0);
        return new Judged(Optional.of(new UserCodecs.Registration(typeName, codecName, refused)), problems);
    }

    /** The error for a second codec of a type. */
    public Diagnostic duplicate(Element site, TypeElement codec, UserCodecs.Registration earlier) {
        return error(
                site,
                "codec '" + TypeDisplay.nestedName(codec) + "' carries '" + earlier.type() + "', which codec '"
                        + earlier.codec().canonicalName() + "' carries already; one type has one JSON form, so"
                        + " register one of them");
    }

    /** Why generated code in any package cannot call {@code Codec.INSTANCE}, if it cannot. */
    private static Optional<String> shapeProblem(TypeElement codec) {
        if (codec.getKind() != ElementKind.CLASS && codec.getKind() != ElementKind.ENUM) {
            return Optional.of("it is not a class, so it has no 'INSTANCE' to call; make it a final class");
        }
        if (codec.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.of("it is abstract; make it a final class with 'public static final "
                    + codec.getSimpleName() + " INSTANCE = new " + codec.getSimpleName() + "();'");
        }
        if (!codec.getTypeParameters().isEmpty()) {
            return Optional.of("it has type parameters; make it a class of its own for this type");
        }
        for (Element e = codec; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return Optional.of("it is declared inside a method, so generated code cannot name it");
            }
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return Optional.of("'" + TypeDisplay.nestedName(t) + "' is not public, so generated code in other"
                        + " packages cannot call it; make it public");
            }
            if (t.getNestingKind() == NestingKind.MEMBER
                    && t.getKind() == ElementKind.CLASS
                    && !t.getModifiers().contains(Modifier.STATIC)) {
                return Optional.of("'" + TypeDisplay.nestedName(t) + "' is an inner class, so it has no instance"
                        + " without an outer one; make it static");
            }
        }
        for (VariableElement field : ElementFilter.fieldsIn(codec.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals("INSTANCE")) {
                Set<Modifier> modifiers = field.getModifiers();
                if (modifiers.contains(Modifier.PUBLIC)
                        && modifiers.contains(Modifier.STATIC)
                        && modifiers.contains(Modifier.FINAL)
                        && field.asType().toString().equals(codec.asType().toString())) {
                    return Optional.empty();
                }
                break;
            }
        }
        return Optional.of("generated code calls '" + codec.getSimpleName() + ".INSTANCE', which it lacks; add"
                + " 'public static final " + codec.getSimpleName() + " INSTANCE = new " + codec.getSimpleName()
                + "();'");
    }

    /** The {@code JsonCodec<T>} among the codec's supertypes, with {@code T} as the codec sees it. */
    private static Optional<DeclaredType> jsonCodecOf(TypeElement codec, Types types) {
        ArrayDeque<TypeMirror> todo = new ArrayDeque<>(List.of(codec.asType()));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            TypeMirror current = todo.poll();
            if (current.getKind() != TypeKind.DECLARED || !seen.add(current.toString())) {
                continue;
            }
            DeclaredType declared = (DeclaredType) current;
            if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(JSON_CODEC)) {
                return Optional.of(declared);
            }
            todo.addAll(types.directSupertypes(current));
        }
        return Optional.empty();
    }

    private static Diagnostic error(Element site, String message) {
        return Diagnostic.error(RuleId.CODEC, site, message);
    }
}
