package dev.eventrecords.processor.contracts;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The components whose {@code null} a record's canonical constructor refuses, read from its source: a statement of the
 * constructor's body, not nested in another, that runs before the parameter is reassigned and is one of
 * {@code Objects.requireNonNull(p, ...)}, {@code p = Objects.requireNonNull(p, ...)}, {@code p = List.copyOf(p)} (or
 * {@code Set.copyOf}, {@code Map.copyOf}, which refuse {@code null} and {@code null} elements alike), the same
 * assigned to {@code this.p}, or {@code if (p == null) throw ...} (also as one operand of {@code ||}). Anything else,
 * or a record compiled earlier whose body cannot be read, leaves the component nullable: a schema that says less is
 * never wrong about what the serializer writes.
 */
public final class NullChecks {

    private static final Set<String> COPIES = Set.of("List", "Set", "Map");

    private final Optional<Trees> trees;
    private final Types types;

    public NullChecks(Optional<Trees> trees, Types types) {
        this.trees = trees;
        this.types = types;
    }

    /** What the constructor refuses for each component: the component names, and whether elements may be null. */
    public record Refusals(Set<String> nulls, Set<String> nullElements) {

        public static final Refusals NONE = new Refusals(Set.of(), Set.of());
    }

    public Refusals of(TypeElement record) {
        if (trees.isEmpty()) {
            return Refusals.NONE;
        }
        TreePath path = trees.get().getPath(record);
        ExecutableElement canonical = ElementFilter.constructorsIn(record.getEnclosedElements()).stream()
                .filter(c -> canonical(record, c))
                .findFirst()
                .orElse(null);
        if (path == null || canonical == null) {
            return Refusals.NONE;
        }
        MethodTree method = trees.get().getTree(canonical);
        if (method == null || method.getBody() == null) {
            return Refusals.NONE;
        }
        List<String> parameters = canonical.getParameters().stream()
                .map(p -> p.getSimpleName().toString())
                .toList();
        List<String> components = record.getRecordComponents().stream()
                .map(c -> c.getSimpleName().toString())
                .toList();
        return new Scan(parameters, components, staticallyImported(path.getCompilationUnit())).run(method.getBody());
    }

    private boolean canonical(TypeElement record, ExecutableElement constructor) {
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

    /** Whether {@code requireNonNull} may be called unqualified: a static import of it or of {@code Objects.*}. */
    private static boolean staticallyImported(CompilationUnitTree unit) {
        for (ImportTree imported : unit.getImports()) {
            String name = imported.getQualifiedIdentifier().toString();
            if (imported.isStatic()
                    && (name.equals("java.util.Objects.requireNonNull") || name.equals("java.util.Objects.*"))) {
                return true;
            }
        }
        return false;
    }

    /** One pass over the body's top-level statements, in order. */
    private static final class Scan {
        private final List<String> parameters;
        private final List<String> components;
        private final boolean requireNonNullImported;
        private final Set<String> reassigned = new HashSet<>();
        private final Set<String> nulls = new LinkedHashSet<>();
        private final Set<String> nullElements = new LinkedHashSet<>();

        Scan(List<String> parameters, List<String> components, boolean requireNonNullImported) {
            this.parameters = parameters;
            this.components = components;
            this.requireNonNullImported = requireNonNullImported;
        }

        Refusals run(BlockTree body) {
            for (StatementTree statement : body.getStatements()) {
                check(statement);
                reassigned.addAll(assignedIn(statement));
            }
            return new Refusals(Set.copyOf(nulls), Set.copyOf(nullElements));
        }

        private void check(StatementTree statement) {
            if (statement instanceof ExpressionStatementTree expression) {
                ExpressionTree e = expression.getExpression();
                if (e instanceof AssignmentTree assignment) {
                    e = assignment.getExpression();
                }
                if (unwrap(e) instanceof MethodInvocationTree call) {
                    refusal(call);
                }
            } else if (statement instanceof IfTree ifTree
                    && ifTree.getElseStatement() == null
                    && throwsAlways(ifTree.getThenStatement())) {
                for (String name : nullTested(unwrap(ifTree.getCondition()))) {
                    refuse(name, false);
                }
            }
        }

        /** {@code requireNonNull(p, ...)} or {@code List.copyOf(p)}, on a parameter not reassigned yet. */
        private void refusal(MethodInvocationTree call) {
            if (call.getArguments().isEmpty()
                    || !(unwrap(call.getArguments().get(0)) instanceof IdentifierTree argument)) {
                return;
            }
            String method;
            String owner;
            if (call.getMethodSelect() instanceof MemberSelectTree select) {
                method = select.getIdentifier().toString();
                owner = select.getExpression().toString();
            } else if (call.getMethodSelect() instanceof IdentifierTree id) {
                method = id.getName().toString();
                owner = requireNonNullImported ? "Objects" : "";
            } else {
                return;
            }
            owner = owner.startsWith("java.util.") ? owner.substring("java.util.".length()) : owner;
            if (method.equals("requireNonNull") && owner.equals("Objects")) {
                refuse(argument.getName().toString(), false);
            } else if (method.equals("copyOf")
                    && COPIES.contains(owner)
                    && call.getArguments().size() == 1) {
                refuse(argument.getName().toString(), true);
            }
        }

        private void refuse(String parameter, boolean elementsToo) {
            int index = parameters.indexOf(parameter);
            if (index < 0 || reassigned.contains(parameter)) {
                return;
            }
            nulls.add(components.get(index));
            if (elementsToo) {
                nullElements.add(components.get(index));
            }
        }

        /** The parameters {@code p} of {@code p == null}, {@code null == p}, and of each operand of {@code ||}. */
        private static List<String> nullTested(ExpressionTree condition) {
            if (condition instanceof BinaryTree binary) {
                if (binary.getKind() == Tree.Kind.CONDITIONAL_OR) {
                    List<String> left = nullTested(unwrap(binary.getLeftOperand()));
                    List<String> right = nullTested(unwrap(binary.getRightOperand()));
                    return Stream.concat(left.stream(), right.stream()).toList();
                }
                if (binary.getKind() == Tree.Kind.EQUAL_TO) {
                    ExpressionTree l = unwrap(binary.getLeftOperand());
                    ExpressionTree r = unwrap(binary.getRightOperand());
                    if (isNull(r) && l instanceof IdentifierTree id) {
                        return List.of(id.getName().toString());
                    }
                    if (isNull(l) && r instanceof IdentifierTree id) {
                        return List.of(id.getName().toString());
                    }
                }
            }
            return List.of();
        }

        private static boolean isNull(ExpressionTree tree) {
            return tree.getKind() == Tree.Kind.NULL_LITERAL;
        }

        private static boolean throwsAlways(StatementTree statement) {
            if (statement instanceof BlockTree block) {
                List<? extends StatementTree> inner = block.getStatements();
                return !inner.isEmpty() && inner.get(inner.size() - 1) instanceof ThrowTree;
            }
            return statement instanceof ThrowTree;
        }

        private static ExpressionTree unwrap(ExpressionTree tree) {
            ExpressionTree e = tree;
            while (e instanceof ParenthesizedTree p) {
                e = p.getExpression();
            }
            return e;
        }

        /** The simple names a statement assigns, at any depth: a check after them tests another value. */
        private static Set<String> assignedIn(StatementTree statement) {
            Set<String> names = new HashSet<>();
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitAssignment(AssignmentTree tree, Void unused) {
                    note(tree.getVariable());
                    return super.visitAssignment(tree, unused);
                }

                @Override
                public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
                    note(tree.getVariable());
                    return super.visitCompoundAssignment(tree, unused);
                }

                @Override
                public Void visitUnary(UnaryTree tree, Void unused) {
                    note(tree.getExpression());
                    return super.visitUnary(tree, unused);
                }

                private void note(ExpressionTree target) {
                    if (unwrap(target) instanceof IdentifierTree id) {
                        names.add(id.getName().toString());
                    }
                }
            }.scan(statement, null);
            return names;
        }
    }
}
