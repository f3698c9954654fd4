package dev.eventrecords.processor.immutability;

import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads every constructor of a final class and tells whether each one that assigns a collection field leaves it
 * holding an unmodifiable copy ({@code this.lines = List.copyOf(lines)}) or an immutable constant, on every path. A
 * constructor that delegates with {@code this(...)} cannot assign a final field, so the one it calls decides.
 */
final class ClassFieldCopies {

    private ClassFieldCopies() {}

    /**
     * Why the field may hold a collection that can still change, as a clause continuing "field 'x' of 'T' of type
     * 'List<String>'", or empty when every constructor copies it.
     */
    static Optional<String> problem(TypeElement type, VariableElement field, Trees trees, String factory) {
        String name = field.getSimpleName().toString();
        String fix = "assign 'this." + name + " = " + factory + "(...)' of the argument in every constructor";
        TreePath path = trees.getPath(type);
        if (path == null) {
            return Optional.of(" cannot be checked for a copy: '" + type.getSimpleName() + "' is compiled, so its"
                    + " constructors cannot be read; if they copy '" + name + "', list '" + type.getQualifiedName()
                    + "' in the option '" + ImmutableTypesOption.NAME + "'");
        }
        if (trees.getTree(field) instanceof VariableTree declaration && declaration.getInitializer() != null) {
            return Optional.of(" is assigned in its declaration, where no copy is checked; " + fix);
        }
        CopyFlow.StaticImports imports = CopyFlow.StaticImports.of(path.getCompilationUnit());
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            MethodTree tree = trees.getTree(constructor);
            if (tree == null || tree.getBody() == null) {
                return Optional.of(" cannot be checked for a copy: a constructor of '" + type.getSimpleName()
                        + "' cannot be read; " + fix);
            }
            if (delegates(tree)) {
                continue;
            }
            Set<String> parameters = new HashSet<>();
            Map<String, Set<Value>> start = new LinkedHashMap<>();
            for (VariableElement p : constructor.getParameters()) {
                String parameter = p.getSimpleName().toString();
                parameters.add(parameter);
                start.put(parameter, Set.of(new Value.Arg(parameter)));
            }
            start.put("this." + name, Set.of(new Value.Unassigned()));
            if (!parameters.contains(name)) {
                start.put(name, Set.of(new Value.Unassigned()));
            }
            CopyFlow.State end = CopyFlow.run(tree.getBody(), new CopyFlow.State(start), imports);
            if (end == null) {
                continue; // it never returns
            }
            Set<Value> values = new HashSet<>(end.get("this." + name));
            if (!parameters.contains(name)) {
                values.addAll(end.get(name));
            }
            // javac proves a final field assigned on every path of a constructor that does not delegate
            values.removeIf(v -> v instanceof Value.Unassigned);
            for (Value v : values) {
                if (!(v instanceof Value.Copy || v instanceof Value.Constant)) {
                    String signature = type.getSimpleName() + "("
                            + String.join(
                                    ", ",
                                    constructor.getParameters().stream()
                                            .map(p -> TypeNames.of(p.asType()))
                                            .toList())
                            + ")";
                    return Optional.of(" is not copied in constructor '" + signature + "': " + fix);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean delegates(MethodTree constructor) {
        if (constructor.getBody().getStatements().isEmpty()) {
            return false;
        }
        StatementTree first = constructor.getBody().getStatements().get(0);
        return first instanceof ExpressionStatementTree statement
                && statement.getExpression() instanceof MethodInvocationTree call
                && call.getMethodSelect() instanceof IdentifierTree id
                && id.getName().contentEquals("this");
    }
}
