package dev.eventrecords.processor.immutability;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a record's canonical constructor and tells, for each component, whether every path through it leaves the
 * component holding an unmodifiable copy of its own argument (or an immutable constant such as {@code List.of()}).
 */
final class ConstructorCopies {

    /** Which canonical constructor the record has, which decides how a fix is spelled. */
    enum Constructor {
        /** None written: javac's implicit one assigns the arguments as they are. */
        IMPLICIT,
        /** {@code Line { ... }}: a fix reassigns the parameter. */
        COMPACT,
        /** {@code Line(List<String> tags) { this.tags = ...; }}: a fix assigns the field. */
        EXPLICIT,
        /** The record is compiled (from a jar or a class directory): its constructor's body cannot be read. */
        COMPILED
    }

    /** What one component is assigned, from the safest to the worst. */
    enum Kind {
        COPIED,
        /** Copied, but not as many levels deep as the type needs ({@code Map.copyOf} of a map of lists). */
        SHALLOW,
        NOT_ON_EVERY_PATH,
        NOT_COPIED,
        OTHER,
        MODIFIABLE,
        VIEW,
        WRONG_SOURCE,
        UNREADABLE
    }

    /**
     * The finding for one component.
     *
     * @param kind what it is assigned
     * @param detail the offending expression, or the parameter copied instead, or {@code ""}
     * @param depth for {@link Kind#SHALLOW}, how many levels are copied on the worst path
     */
    record Outcome(Kind kind, String detail, int depth) {

        Outcome(Kind kind, String detail) {
            this(kind, detail, 0);
        }
    }

    private final Constructor constructor;
    private final Map<String, Set<Value>> values;

    private ConstructorCopies(Constructor constructor, Map<String, Set<Value>> values) {
        this.constructor = constructor;
        this.values = Map.copyOf(values);
    }

    Constructor constructor() {
        return constructor;
    }

    Outcome outcome(String component) {
        return outcome(component, 1);
    }

    /**
     * The finding for one component whose type needs {@code levels} levels copied: 1 for {@code List<String>}, 2 for
     * {@code Map<String, List<String>>} or {@code Optional<List<String>>}.
     */
    Outcome outcome(String component, int levels) {
        if (!values.containsKey(component)) {
            return constructor == Constructor.COMPILED
                    ? new Outcome(Kind.UNREADABLE, "")
                    : new Outcome(Kind.NOT_COPIED, "");
        }
        return judge(component, values.get(component), levels);
    }

    static ConstructorCopies read(TypeElement record, Trees trees, Elements elements, Types types) {
        List<String> names = record.getRecordComponents().stream()
                .map(RecordComponentElement::getSimpleName)
                .map(Object::toString)
                .toList();
        if (trees.getPath(record) == null) {
            return new ConstructorCopies(Constructor.COMPILED, Map.of());
        }
        ExecutableElement canonical = ElementFilter.constructorsIn(record.getEnclosedElements()).stream()
                .filter(c -> isCanonical(record, c, types))
                .findFirst()
                .orElse(null);
        if (canonical == null || elements.getOrigin(canonical) != Elements.Origin.EXPLICIT) {
            return new ConstructorCopies(Constructor.IMPLICIT, Map.of());
        }
        MethodTree tree = trees.getTree(canonical);
        if (tree == null || tree.getBody() == null) {
            return new ConstructorCopies(Constructor.IMPLICIT, Map.of());
        }
        // a compact constructor may not assign fields; any other canonical constructor must assign them all
        boolean compact = !assignsFields(tree.getBody(), names);
        Map<String, Set<Value>> start = new LinkedHashMap<>();
        for (String name : names) {
            start.put(name, Set.of(new Value.Arg(name)));
            if (!compact) {
                start.put("this." + name, Set.of(new Value.Unassigned()));
            }
        }
        CopyFlow.StaticImports imports =
                CopyFlow.StaticImports.of(trees.getPath(record).getCompilationUnit());
        CopyFlow.State end = CopyFlow.run(tree.getBody(), new CopyFlow.State(start), imports);
        Map<String, Set<Value>> values = new LinkedHashMap<>();
        for (String name : names) {
            values.put(
                    name,
                    end == null
                            ? Set.of(new Value.Copy(name, CopyFlow.ANY_DEPTH))
                            : end.get(compact ? name : "this." + name));
        }
        return new ConstructorCopies(compact ? Constructor.COMPACT : Constructor.EXPLICIT, values);
    }

    /** Whether the constructor's parameter types are the components' types, in order (Java 17 has no API for it). */
    private static boolean isCanonical(TypeElement record, ExecutableElement constructor, Types types) {
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        List<? extends VariableElement> parameters = constructor.getParameters();
        if (components.size() != parameters.size()) {
            return false;
        }
        for (int i = 0; i < components.size(); i++) {
            if (!types.isSameType(
                    types.erasure(components.get(i).asType()),
                    types.erasure(parameters.get(i).asType()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean assignsFields(BlockTree body, List<String> names) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitAssignment(AssignmentTree tree, Void unused) {
                String target = CopyFlow.variableName(tree.getVariable());
                if (target != null && target.startsWith("this.") && names.contains(target.substring(5))) {
                    found[0] = true;
                }
                return super.visitAssignment(tree, unused);
            }
        }.scan(body, null);
        return found[0];
    }

    /** The worst of what a component may hold when the constructor returns. */
    private static Outcome judge(String name, Set<Value> values, int levels) {
        Outcome worst = new Outcome(Kind.COPIED, "");
        boolean safeSomewhere = false;
        boolean unsafeSomewhere = false;
        for (Value v : values) {
            Outcome o;
            String origin = v.origin();
            if (origin != null && !origin.equals(name)) {
                o = new Outcome(Kind.WRONG_SOURCE, origin);
            } else if (v instanceof Value.Copy copy && copy.depth() < levels) {
                o = new Outcome(Kind.SHALLOW, "", copy.depth());
            } else if (v instanceof Value.Copy || v instanceof Value.Constant) {
                safeSomewhere = true;
                continue;
            } else if (v instanceof Value.View view) {
                o = new Outcome(Kind.VIEW, view.source());
            } else if (v instanceof Value.Fresh fresh) {
                o = new Outcome(Kind.MODIFIABLE, fresh.source());
            } else if (v instanceof Value.Derived derived) {
                o = new Outcome(Kind.OTHER, derived.source());
            } else if (v instanceof Value.Stream stream) {
                o = new Outcome(Kind.OTHER, stream.source());
            } else if (v instanceof Value.Other other) {
                o = new Outcome(Kind.OTHER, other.source());
            } else {
                o = new Outcome(Kind.NOT_COPIED, "");
            }
            unsafeSomewhere = true;
            if (o.kind().compareTo(worst.kind()) > 0
                    || (o.kind() == Kind.SHALLOW && worst.kind() == Kind.SHALLOW && o.depth() < worst.depth())) {
                worst = o;
            }
        }
        if (!unsafeSomewhere) {
            return worst;
        }
        if (worst.kind() == Kind.NOT_COPIED && safeSomewhere) {
            return new Outcome(Kind.NOT_ON_EVERY_PATH, "");
        }
        return worst;
    }
}
