package dev.eventrecords.processor.immutability;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows every path through a constructor body and works out what each variable may hold at its end, from the syntax
 * alone: which methods are called (by name: {@code List.copyOf}, {@code Collections.unmodifiableList},
 * {@code new ArrayList<>(x)}, ...) and what is assigned to what. Paths that end in {@code throw} do not count; loops run
 * until nothing changes; {@code break}, {@code continue}, {@code return} and {@code switch} fall-through are followed.
 *
 * <p>It never attributes the tree, so it works during annotation processing, before javac has resolved names.
 */
final class CopyFlow {

    /** Concrete collections whose constructor copies its argument into a new, modifiable collection. */
    private static final Set<String> COLLECTION_CLASSES = Set.of(
            "ArrayList",
            "LinkedList",
            "CopyOnWriteArrayList",
            "Vector",
            "HashSet",
            "LinkedHashSet",
            "TreeSet",
            "CopyOnWriteArraySet",
            "ConcurrentSkipListSet",
            "HashMap",
            "LinkedHashMap",
            "TreeMap",
            "ConcurrentHashMap",
            "ConcurrentSkipListMap",
            "EnumMap",
            "IdentityHashMap",
            "Hashtable",
            "ArrayDeque",
            "PriorityQueue");

    private static final Set<String> JDK_COLLECTION_INTERFACES = Set.of("List", "Set", "Map");

    /** The depth of a copy that holds nothing of the caller's at any level ({@code List.of()}). */
    static final int ANY_DEPTH = 64;

    /** Stream operations that pass on the elements they are given, unchanged. */
    private static final Set<String> PASSING_STREAM_OPERATIONS = Set.of(
            "filter",
            "sorted",
            "distinct",
            "limit",
            "skip",
            "peek",
            "unordered",
            "parallel",
            "sequential",
            "takeWhile",
            "dropWhile",
            "onClose");

    /** What a function passed to {@code map} makes of an element: an element or an entry, copied so deep. */
    private record Mapped(boolean entries, int depth) {}

    /** What each variable may hold at one point of a path; {@code null} stands for a point no path reaches. */
    record State(Map<String, Set<Value>> vars) {

        State {
            vars = Map.copyOf(vars);
        }

        Set<Value> get(String name) {
            return vars.getOrDefault(name, Set.of());
        }

        boolean tracks(String name) {
            return vars.containsKey(name);
        }

        State with(String name, Set<Value> values) {
            Map<String, Set<Value>> next = new LinkedHashMap<>(vars);
            next.put(name, Set.copyOf(values));
            return new State(next);
        }

        static State join(State a, State b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            Map<String, Set<Value>> next = new LinkedHashMap<>(a.vars);
            b.vars.forEach((name, values) -> next.merge(name, values, CopyFlow::union));
            return new State(next);
        }
    }

    /** Where {@code break} and {@code continue} go: a loop, a {@code switch} or a labelled statement. */
    private static final class Target {
        final String label;
        final boolean loop;
        final boolean isSwitch;
        State breaks;
        State continues;

        Target(String label, boolean loop, boolean isSwitch) {
            this.label = label;
            this.loop = loop;
            this.isSwitch = isSwitch;
        }
    }

    /**
     * The methods a compilation unit imports statically, so that {@code copyOf(x)} after
     * {@code import static java.util.List.copyOf} reads as {@code List.copyOf(x)}.
     *
     * @param single a method's simple name to the simple name of the type it is imported from
     * @param wildcards the simple names of types whose static members are all imported
     */
    record StaticImports(Map<String, String> single, List<String> wildcards) {

        static final StaticImports NONE = new StaticImports(Map.of(), List.of());

        StaticImports {
            single = Map.copyOf(single);
            wildcards = List.copyOf(wildcards);
        }

        static StaticImports of(CompilationUnitTree unit) {
            Map<String, String> single = new LinkedHashMap<>();
            List<String> wildcards = new ArrayList<>();
            for (ImportTree imported : unit.getImports()) {
                if (imported.isStatic() && imported.getQualifiedIdentifier() instanceof MemberSelectTree member) {
                    String owner = simpleName(member.getExpression());
                    if (owner == null) {
                        continue;
                    }
                    if (member.getIdentifier().contentEquals("*")) {
                        wildcards.add(owner);
                    } else {
                        single.put(member.getIdentifier().toString(), owner);
                    }
                }
            }
            return new StaticImports(single, wildcards);
        }

        /** The type an unqualified call is imported from, when an import tells; {@code null} otherwise. */
        String owner(String method) {
            if (single.containsKey(method)) {
                return single.get(method);
            }
            for (String owner : wildcards) {
                if (isCopyFactory(owner, method)
                        || isConstantFactory(owner, method)
                        || (owner.equals("Collections") && method.startsWith("unmodifiable"))
                        || (owner.equals("Objects") && method.startsWith("requireNonNull"))) {
                    return owner;
                }
            }
            return null;
        }
    }

    private final StaticImports imports;
    private final Deque<Target> targets = new ArrayDeque<>();
    private State returns;
    private String pendingLabel;
    private Set<Value> yielded;

    /**
     * Runs a body.
     *
     * @param body the constructor's body
     * @param start what each variable holds on entry
     * @return what each variable may hold when the constructor returns normally, or {@code null} when it never does
     */
    static State run(BlockTree body, State start, StaticImports imports) {
        CopyFlow flow = new CopyFlow(imports);
        State end = flow.statement(body, start);
        return State.join(end, flow.returns);
    }

    private CopyFlow(StaticImports imports) {
        this.imports = imports;
    }

    private State statements(List<? extends StatementTree> statements, State state) {
        for (StatementTree statement : statements) {
            if (state == null) {
                return null;
            }
            state = statement(statement, state);
        }
        return state;
    }

    private State statement(StatementTree tree, State state) {
        if (state == null) {
            return null;
        }
        String label = pendingLabel;
        pendingLabel = null;
        if (tree instanceof BlockTree block) {
            return statements(block.getStatements(), state);
        }
        if (tree instanceof ExpressionStatementTree expression) {
            return expressionStatement(expression.getExpression(), state);
        }
        if (tree instanceof VariableTree variable) {
            Set<Value> values = variable.getInitializer() == null
                    ? Set.of(new Value.Unassigned())
                    : evaluate(variable.getInitializer(), state);
            return state.with(variable.getName().toString(), values);
        }
        if (tree instanceof IfTree branch) {
            State[] split = split(branch.getCondition(), state);
            State then = statement(branch.getThenStatement(), split[0]);
            State otherwise =
                    branch.getElseStatement() == null ? split[1] : statement(branch.getElseStatement(), split[1]);
            return State.join(then, otherwise);
        }
        if (tree instanceof WhileLoopTree loop) {
            return loop(label, state, isTrue(loop.getCondition()), false, List.of(loop.getStatement()));
        }
        if (tree instanceof DoWhileLoopTree loop) {
            return loop(label, state, isTrue(loop.getCondition()), true, List.of(loop.getStatement()));
        }
        if (tree instanceof ForLoopTree loop) {
            State init = statements(loop.getInitializer(), state);
            boolean endless = loop.getCondition() == null || isTrue(loop.getCondition());
            return loop(label, init, endless, false, List.of(loop.getStatement()));
        }
        if (tree instanceof EnhancedForLoopTree loop) {
            State entry = state.with(loop.getVariable().getName().toString(), Set.of(new Value.Unassigned()));
            return loop(label, entry, false, false, List.of(loop.getStatement()));
        }
        if (tree instanceof SwitchTree switchTree) {
            return switchStatement(label, switchTree, state);
        }
        if (tree instanceof TryTree tryTree) {
            return tryStatement(tryTree, state);
        }
        if (tree instanceof SynchronizedTree sync) {
            return statement(sync.getBlock(), state);
        }
        if (tree instanceof LabeledStatementTree labeled) {
            Target target = new Target(labeled.getLabel().toString(), false, false);
            targets.push(target);
            pendingLabel = labeled.getLabel().toString();
            State out = statement(labeled.getStatement(), state);
            pendingLabel = null;
            targets.pop();
            return State.join(out, target.breaks);
        }
        if (tree instanceof ThrowTree) {
            return null;
        }
        if (tree instanceof ReturnTree) {
            returns = State.join(returns, state);
            return null;
        }
        if (tree instanceof BreakTree jump) {
            Target target =
                    target(jump.getLabel() == null ? null : jump.getLabel().toString(), false);
            if (target != null) {
                target.breaks = State.join(target.breaks, state);
            }
            return null;
        }
        if (tree instanceof ContinueTree jump) {
            Target target =
                    target(jump.getLabel() == null ? null : jump.getLabel().toString(), true);
            if (target != null) {
                target.continues = State.join(target.continues, state);
            }
            return null;
        }
        if (tree instanceof YieldTree yield) {
            if (yielded != null) {
                yielded.addAll(evaluate(yield.getValue(), state));
            }
            return null;
        }
        // local classes, assertions, empty statements: nothing a constructor copy depends on
        return state;
    }

    private State expressionStatement(ExpressionTree expression, State state) {
        if (expression instanceof AssignmentTree assignment) {
            String target = variableName(assignment.getVariable());
            if (target != null) {
                return state.with(target, evaluate(assignment.getExpression(), state));
            }
        }
        return state;
    }

    /** {@code x} or {@code this.x} (as {@code "this.x"}); {@code null} for anything else. */
    static String variableName(ExpressionTree tree) {
        tree = unwrap(tree);
        if (tree instanceof IdentifierTree id) {
            return id.getName().toString();
        }
        if (tree instanceof MemberSelectTree select
                && unwrap(select.getExpression()) instanceof IdentifierTree owner
                && owner.getName().contentEquals("this")) {
            return "this." + select.getIdentifier();
        }
        return null;
    }

    private State loop(String label, State entry, boolean endless, boolean bodyFirst, List<StatementTree> body) {
        if (entry == null) {
            return null;
        }
        Target target = new Target(label, true, false);
        targets.push(target);
        State head = entry;
        State exit = null;
        for (int round = 0; round < 20; round++) {
            target.continues = null;
            State out = statements(body, head);
            State next = State.join(head, State.join(out, target.continues));
            if (bodyFirst) {
                exit = State.join(out, target.continues);
            }
            if (next.equals(head)) {
                break;
            }
            head = next;
        }
        targets.pop();
        State normalExit = endless ? null : (bodyFirst ? exit : head);
        return State.join(normalExit, target.breaks);
    }

    private State switchStatement(String label, SwitchTree tree, State state) {
        Target target = new Target(label, false, true);
        targets.push(target);
        State fallthrough = null;
        State out = null;
        boolean hasDefault = false;
        for (CaseTree branch : tree.getCases()) {
            hasDefault |= branch.getExpressions().isEmpty();
            if (branch.getCaseKind() == CaseTree.CaseKind.RULE) {
                Tree body = branch.getBody();
                State end = body instanceof StatementTree statement
                        ? statement(statement, state)
                        : body instanceof ExpressionTree expression ? expressionStatement(expression, state) : state;
                out = State.join(out, end);
            } else {
                fallthrough = statements(branch.getStatements(), State.join(state, fallthrough));
            }
        }
        targets.pop();
        State end = State.join(State.join(out, fallthrough), target.breaks);
        return hasDefault ? end : State.join(end, state);
    }

    private State tryStatement(TryTree tree, State state) {
        State resources = state;
        for (Tree resource : tree.getResources()) {
            if (resource instanceof VariableTree variable) {
                resources = statement(variable, resources);
            }
        }
        State body = statement(tree.getBlock(), resources);
        // an exception may leave the body anywhere; its start and its end bound what a handler sees
        State handlerEntry = State.join(state, body);
        State out = body;
        for (CatchTree handler : tree.getCatches()) {
            State entry = handlerEntry.with(handler.getParameter().getName().toString(), Set.of(new Value.Other("")));
            out = State.join(out, statement(handler.getBlock(), entry));
        }
        if (tree.getFinallyBlock() == null) {
            return out;
        }
        if (out == null) {
            statement(tree.getFinallyBlock(), handlerEntry);
            return null;
        }
        return statement(tree.getFinallyBlock(), out);
    }

    private Target target(String label, boolean forContinue) {
        for (Target target : targets) {
            boolean matches = label != null
                    ? label.equals(target.label) && (!forContinue || target.loop)
                    : target.loop || (!forContinue && target.isSwitch);
            if (matches) {
                return target;
            }
        }
        return null;
    }

    /**
     * What is known on each side of a condition: where it says a variable is {@code null}, the variable holds no
     * caller's object there ({@code if (tags != null) tags = Set.copyOf(tags);} leaves {@code null} or a copy).
     *
     * @return the state where the condition holds, and where it does not
     */
    private static State[] split(ExpressionTree condition, State state) {
        condition = unwrap(condition);
        if (condition instanceof UnaryTree not && not.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
            State[] inner = split(not.getExpression(), state);
            return new State[] {inner[1], inner[0]};
        }
        if (condition instanceof BinaryTree binary) {
            switch (binary.getKind()) {
                case CONDITIONAL_AND: {
                    State[] left = split(binary.getLeftOperand(), state);
                    State[] right = split(binary.getRightOperand(), left[0]);
                    return new State[] {right[0], State.join(left[1], right[1])};
                }
                case CONDITIONAL_OR: {
                    State[] left = split(binary.getLeftOperand(), state);
                    State[] right = split(binary.getRightOperand(), left[1]);
                    return new State[] {State.join(left[0], right[0]), right[1]};
                }
                case EQUAL_TO:
                case NOT_EQUAL_TO: {
                    String name = nullTested(binary.getLeftOperand(), binary.getRightOperand());
                    if (name != null && state.tracks(name)) {
                        State isNull = state.with(name, Set.of(new Value.Constant()));
                        return binary.getKind() == Tree.Kind.EQUAL_TO
                                ? new State[] {isNull, state}
                                : new State[] {state, isNull};
                    }
                    break;
                }
                default:
                    break;
            }
        }
        if (condition instanceof MethodInvocationTree call
                && call.getArguments().size() == 1
                && unwrap(call.getMethodSelect()) instanceof MemberSelectTree member
                && "Objects".equals(simpleName(member.getExpression()))) {
            String name = variableName(call.getArguments().get(0));
            boolean isNull = member.getIdentifier().contentEquals("isNull");
            if (name != null
                    && state.tracks(name)
                    && (isNull || member.getIdentifier().contentEquals("nonNull"))) {
                State nullState = state.with(name, Set.of(new Value.Constant()));
                return isNull ? new State[] {nullState, state} : new State[] {state, nullState};
            }
        }
        return new State[] {state, state};
    }

    /** The variable compared with {@code null}, when one side is {@code null}. */
    private static String nullTested(ExpressionTree left, ExpressionTree right) {
        if (unwrap(right) instanceof LiteralTree literal && literal.getKind() == Tree.Kind.NULL_LITERAL) {
            return variableName(left);
        }
        if (unwrap(left) instanceof LiteralTree literal && literal.getKind() == Tree.Kind.NULL_LITERAL) {
            return variableName(right);
        }
        return null;
    }

    private static boolean isTrue(ExpressionTree condition) {
        return unwrap(condition) instanceof LiteralTree literal && Boolean.TRUE.equals(literal.getValue());
    }

    /** What an expression may evaluate to. */
    Set<Value> evaluate(ExpressionTree tree, State state) {
        tree = unwrap(tree);
        if (tree instanceof IdentifierTree id) {
            String name = id.getName().toString();
            return state.tracks(name) ? state.get(name) : Set.of(new Value.Other(name));
        }
        if (tree instanceof MemberSelectTree && variableName(tree) != null && state.tracks(variableName(tree))) {
            return state.get(variableName(tree));
        }
        if (tree instanceof LiteralTree literal && literal.getKind() == Tree.Kind.NULL_LITERAL) {
            return Set.of(new Value.Constant());
        }
        if (tree instanceof ConditionalExpressionTree conditional) {
            State[] split = split(conditional.getCondition(), state);
            return union(
                    evaluate(conditional.getTrueExpression(), split[0]),
                    evaluate(conditional.getFalseExpression(), split[1]));
        }
        if (tree instanceof SwitchExpressionTree switchTree) {
            return switchExpression(switchTree, state);
        }
        if (tree instanceof MethodInvocationTree call) {
            return call(call, state);
        }
        if (tree instanceof NewClassTree created) {
            return created(created, state);
        }
        return Set.of(new Value.Other(tree.toString()));
    }

    private Set<Value> switchExpression(SwitchExpressionTree tree, State state) {
        Set<Value> values = new LinkedHashSet<>();
        for (CaseTree branch : tree.getCases()) {
            Tree body = branch.getBody();
            if (body instanceof ExpressionTree expression) {
                values.addAll(evaluate(expression, state));
            } else {
                CopyFlow flow = new CopyFlow(imports);
                flow.yielded = new LinkedHashSet<>();
                if (body instanceof StatementTree statement) {
                    flow.statement(statement, state);
                } else {
                    flow.statements(branch.getStatements(), state);
                }
                values.addAll(flow.yielded);
            }
        }
        return values;
    }

    private Set<Value> call(MethodInvocationTree call, State state) {
        ExpressionTree select = unwrap(call.getMethodSelect());
        String method;
        ExpressionTree receiver = null;
        if (select instanceof MemberSelectTree member) {
            method = member.getIdentifier().toString();
            receiver = member.getExpression();
        } else if (select instanceof IdentifierTree id) {
            method = id.getName().toString();
        } else {
            return Set.of(new Value.Other(call.toString()));
        }
        String owner = receiver == null ? imports.owner(method) : simpleName(receiver);
        List<? extends ExpressionTree> args = call.getArguments();
        String source = call.toString();

        if ((receiver == null && owner == null || "Objects".equals(owner)) && !args.isEmpty()) {
            switch (method) {
                case "requireNonNull":
                    return evaluate(args.get(0), state);
                case "requireNonNullElse":
                    return args.size() == 2
                            ? union(evaluate(args.get(0), state), evaluate(args.get(1), state))
                            : Set.of(new Value.Other(source));
                case "requireNonNullElseGet":
                    return args.size() == 2
                            ? union(evaluate(args.get(0), state), supplied(args.get(1), state))
                            : Set.of(new Value.Other(source));
                default:
                    return Set.of(new Value.Other(source));
            }
        }
        if ((method.equals("orElse") || method.equals("orElseGet")) && args.size() == 1 && receiver != null) {
            Set<Value> mapped = optionalMap(receiver, state);
            if (mapped != null) {
                return union(
                        mapped, method.equals("orElse") ? evaluate(args.get(0), state) : supplied(args.get(0), state));
            }
        }
        if ("Map".equals(owner) && method.equals("entry") && args.size() == 2) {
            return map(evaluate(args.get(1), state), v -> entry(v, source));
        }
        if (isCopyFactory(owner, method) && !args.isEmpty()) {
            return map(evaluate(args.get(args.size() - 1), state), v -> copied(v, source));
        }
        if ("Collections".equals(owner) && method.startsWith("unmodifiable") && args.size() == 1) {
            return map(evaluate(args.get(0), state), v -> viewed(v, source));
        }
        if (isConstantFactory(owner, method)) {
            return Set.of(new Value.Constant());
        }
        if (receiver != null && (owner == null || !Character.isUpperCase(owner.charAt(0)))) {
            // an instance method: a stream pipeline or a view computed from the receiver
            if (method.equals("stream")
                    && args.isEmpty()
                    && unwrap(receiver) instanceof MethodInvocationTree inner
                    && inner.getArguments().isEmpty()
                    && unwrap(inner.getMethodSelect()) instanceof MemberSelectTree innerSelect
                    && innerSelect.getIdentifier().contentEquals("entrySet")) {
                return map(evaluate(innerSelect.getExpression(), state), v -> streamed(v, true, source));
            }
            Set<Value> from = evaluate(receiver, state);
            if (method.equals("stream") && args.isEmpty()) {
                return map(from, v -> streamed(v, false, source));
            }
            if (method.equals("toList") && args.isEmpty()) {
                return map(from, v -> terminal(v, true, elementDepth(v), source));
            }
            if (method.equals("collect") && args.size() == 1) {
                return map(from, v -> collected(args.get(0), v, state, source));
            }
            if (method.equals("getValue") && args.isEmpty()) {
                return map(
                        from,
                        v -> v instanceof Value.Entry entry
                                ? held(entry.param(), entry.depth(), source)
                                : derived(v, source));
            }
            if (method.equals("map") && args.size() == 1) {
                return map(from, v -> mapped(v, args.get(0), state, source));
            }
            if (PASSING_STREAM_OPERATIONS.contains(method)) {
                return map(
                        from,
                        v -> v instanceof Value.Stream stream
                                ? new Value.Stream(stream.param(), source, stream.entries(), stream.depth())
                                : derived(v, source));
            }
            return map(from, v -> derived(v, source));
        }
        return Set.of(new Value.Other(source));
    }

    /**
     * {@code Optional.ofNullable(x).map(List::copyOf)}: what the mapping makes of {@code x}; {@code null} when the
     * receiver is not of that form.
     */
    private Set<Value> optionalMap(ExpressionTree receiver, State state) {
        if (!(unwrap(receiver) instanceof MethodInvocationTree map)
                || !(unwrap(map.getMethodSelect()) instanceof MemberSelectTree mapSelect)
                || !mapSelect.getIdentifier().contentEquals("map")
                || map.getArguments().size() != 1
                || !(unwrap(mapSelect.getExpression()) instanceof MethodInvocationTree wrap)
                || !(unwrap(wrap.getMethodSelect()) instanceof MemberSelectTree wrapSelect)
                || !"Optional".equals(simpleName(wrapSelect.getExpression()))
                || !(wrapSelect.getIdentifier().contentEquals("ofNullable")
                        || wrapSelect.getIdentifier().contentEquals("of"))
                || wrap.getArguments().size() != 1) {
            return null;
        }
        String source = receiver.toString();
        Set<Value> wrapped = evaluate(wrap.getArguments().get(0), state);
        if (unwrap(map.getArguments().get(0)) instanceof LambdaExpressionTree lambda
                && lambda.getParameters().size() == 1
                && lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
            // the lambda is given the wrapped value itself
            String parameter = lambda.getParameters().get(0).getName().toString();
            Set<Value> out = new LinkedHashSet<>();
            for (Value v : wrapped) {
                out.addAll(evaluate((ExpressionTree) lambda.getBody(), state.with(parameter, Set.of(v))));
            }
            return out;
        }
        if (!(unwrap(map.getArguments().get(0)) instanceof MemberReferenceTree function)) {
            return Set.of(new Value.Other(source));
        }
        String owner = simpleName(function.getQualifierExpression());
        String name = function.getName().toString();
        if (isCopyFactory(owner, name)) {
            return map(wrapped, v -> copied(v, source));
        }
        if ("Collections".equals(owner) && name.startsWith("unmodifiable")) {
            return map(wrapped, v -> viewed(v, source));
        }
        return Set.of(new Value.Other(source));
    }

    private Set<Value> supplied(ExpressionTree supplier, State state) {
        if (unwrap(supplier) instanceof LambdaExpressionTree lambda
                && lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
            return evaluate((ExpressionTree) lambda.getBody(), state);
        }
        if (unwrap(supplier) instanceof MemberReferenceTree reference
                && isConstantFactory(
                        simpleName(reference.getQualifierExpression()),
                        reference.getName().toString())) {
            return Set.of(new Value.Constant());
        }
        return Set.of(new Value.Other(supplier.toString()));
    }

    private Set<Value> created(NewClassTree created, State state) {
        String type = simpleName(created.getIdentifier());
        String source = created.toString();
        if (("SimpleEntry".equals(type) || "SimpleImmutableEntry".equals(type))
                && created.getArguments().size() == 2
                && created.getClassBody() == null) {
            return map(evaluate(created.getArguments().get(1), state), v -> entry(v, source));
        }
        if (type == null || !COLLECTION_CLASSES.contains(type) || created.getClassBody() != null) {
            return Set.of(new Value.Other(source));
        }
        Set<Value> values = new LinkedHashSet<>();
        for (ExpressionTree arg : created.getArguments()) {
            for (Value v : evaluate(arg, state)) {
                if (v.origin() != null) {
                    int inner = v instanceof Value.Fresh fresh ? fresh.inner() : Math.max(0, copiedDepth(v) - 1);
                    values.add(new Value.Fresh(v.origin(), source, inner));
                }
            }
        }
        return values.isEmpty() ? Set.of(new Value.Fresh(null, source)) : values;
    }

    /** The value of {@code List.copyOf(v)} and its kin: a copy of whatever {@code v} came from. */
    private static Value copied(Value v, String source) {
        if (v instanceof Value.Fresh fresh && fresh.param() != null) {
            return new Value.Copy(fresh.param(), Math.min(ANY_DEPTH, 1 + fresh.inner()));
        }
        if (v.origin() != null) {
            return new Value.Copy(v.origin(), Math.max(1, copiedDepth(v)));
        }
        if (v instanceof Value.Constant || v instanceof Value.Fresh) {
            return new Value.Constant();
        }
        return new Value.Other(source);
    }

    /** The value of {@code Collections.unmodifiableList(v)}: a copy when {@code v} is a fresh or immutable copy. */
    private static Value viewed(Value v, String source) {
        if (v instanceof Value.Fresh fresh) {
            return fresh.param() == null
                    ? new Value.Constant()
                    : new Value.Copy(fresh.param(), Math.min(ANY_DEPTH, 1 + fresh.inner()));
        }
        if (v instanceof Value.Copy || v instanceof Value.Constant) {
            return v;
        }
        if (v.origin() != null) {
            return new Value.View(v.origin(), source);
        }
        return new Value.Other(source);
    }

    /**
     * A collection made from {@code v}'s elements: unmodifiable or not, its elements copied {@code inner} levels deep.
     */
    private static Value terminal(Value v, boolean unmodifiable, int inner, String source) {
        if (v.origin() == null) {
            return new Value.Other(source);
        }
        return unmodifiable
                ? new Value.Copy(v.origin(), Math.min(ANY_DEPTH, 1 + inner))
                : new Value.Fresh(v.origin(), source, inner);
    }

    /** How deep the elements of a stream are copied; {@code 0} for anything else. */
    private static int elementDepth(Value v) {
        return v instanceof Value.Stream stream && !stream.entries() ? stream.depth() : 0;
    }

    /** How deep a value is copied: {@code 0} for the caller's object, {@link #ANY_DEPTH} for a constant. */
    private static int copiedDepth(Value v) {
        if (v instanceof Value.Copy copy) {
            return copy.depth();
        }
        if (v instanceof Value.Constant) {
            return ANY_DEPTH;
        }
        return 0;
    }

    /** {@code x.stream()}, or {@code x.entrySet().stream()} when {@code entries}. */
    private static Value streamed(Value v, boolean entries, String source) {
        if (v instanceof Value.Arg arg) {
            return new Value.Stream(arg.param(), source, entries, 0);
        }
        if (v instanceof Value.Copy copy) {
            return new Value.Stream(copy.param(), source, entries, copy.depth() - 1);
        }
        if (v instanceof Value.Fresh fresh && fresh.param() != null) {
            return new Value.Stream(fresh.param(), source, entries, fresh.inner());
        }
        return derived(v, source);
    }

    private static Value derived(Value v, String source) {
        return v.origin() != null ? new Value.Derived(v.origin(), source) : new Value.Other(source);
    }

    /** The value of an entry, or of a lambda's element, copied {@code depth} levels deep. */
    private static Value held(String param, int depth, String source) {
        if (param == null) {
            return depth > 0 ? new Value.Constant() : new Value.Other(source);
        }
        return depth > 0 ? new Value.Copy(param, depth) : new Value.Arg(param);
    }

    /** {@code Map.entry(k, v)}: an entry whose value is {@code v}. */
    private static Value entry(Value v, String source) {
        if (v instanceof Value.Constant) {
            return new Value.Entry(null, ANY_DEPTH);
        }
        if (v instanceof Value.Arg arg) {
            return new Value.Entry(arg.param(), 0);
        }
        if (v instanceof Value.Copy copy) {
            return new Value.Entry(copy.param(), copy.depth());
        }
        return new Value.Other(source);
    }

    /** {@code stream.map(f)}, or {@code optional.map(f)} on a parameter or a lambda's element. */
    private Value mapped(Value v, ExpressionTree function, State state, String source) {
        if (v instanceof Value.Stream stream) {
            Mapped m = apply(function, stream.entries(), stream.depth(), state);
            return new Value.Stream(stream.param(), source, m.entries(), m.depth());
        }
        if (v instanceof Value.Arg arg) {
            // only Optional (and Stream) have 'map': what the optional holds is copied as deep as the function copies
            Mapped m = apply(function, false, 0, state);
            return m.entries()
                    ? new Value.Derived(arg.param(), source)
                    : new Value.Copy(arg.param(), Math.min(ANY_DEPTH, 1 + m.depth()));
        }
        if (v instanceof Value.Constant) {
            return v;
        }
        return derived(v, source);
    }

    /** What {@code function} makes of an element (an entry, when {@code entries}) copied {@code depth} levels deep. */
    private Mapped apply(ExpressionTree function, boolean entries, int depth, State state) {
        function = unwrap(function);
        if (function instanceof MemberReferenceTree reference) {
            String owner = simpleName(reference.getQualifierExpression());
            String name = reference.getName().toString();
            if (isCopyFactory(owner, name)) {
                return new Mapped(false, Math.max(1, entries ? 0 : depth));
            }
            if ("Collections".equals(owner) && name.startsWith("unmodifiable")) {
                // a view of the element: unmodifiable only when the element is already a copy
                return new Mapped(false, entries ? 0 : depth);
            }
            if (entries && name.equals("getValue")) {
                return new Mapped(false, depth);
            }
            return new Mapped(false, 0);
        }
        if (function instanceof MethodInvocationTree call
                && call.getArguments().isEmpty()
                && unwrap(call.getMethodSelect()) instanceof MemberSelectTree select
                && "Function".equals(simpleName(select.getExpression()))
                && select.getIdentifier().contentEquals("identity")) {
            return new Mapped(entries, depth);
        }
        if (function instanceof LambdaExpressionTree lambda
                && lambda.getParameters().size() == 1
                && lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
            String parameter = lambda.getParameters().get(0).getName().toString();
            // a name no Java variable has, so that only this lambda's element counts as its own
            String element = "<" + parameter + ">";
            Value given = entries ? new Value.Entry(element, depth) : held(element, depth, "");
            Set<Value> results = evaluate((ExpressionTree) lambda.getBody(), state.with(parameter, Set.of(given)));
            Mapped out = null;
            for (Value result : results) {
                Mapped m;
                if (result instanceof Value.Constant) {
                    m = new Mapped(false, ANY_DEPTH);
                } else if (result instanceof Value.Copy copy && element.equals(copy.param())) {
                    m = new Mapped(false, copy.depth());
                } else if (result instanceof Value.Entry entry
                        && (entry.param() == null || element.equals(entry.param()))) {
                    m = new Mapped(true, entry.depth());
                } else {
                    m = new Mapped(false, 0);
                }
                out = out == null
                        ? m
                        : new Mapped(
                                out.entries() && m.entries(),
                                out.entries() == m.entries() ? Math.min(out.depth(), m.depth()) : 0);
            }
            return out == null ? new Mapped(false, 0) : out;
        }
        return new Mapped(false, 0);
    }

    /** {@code stream.collect(collector)}: what the collector makes of the stream's elements. */
    private Value collected(ExpressionTree collector, Value v, State state, String source) {
        if (!(unwrap(collector) instanceof MethodInvocationTree call)) {
            return terminal(v, false, 0, source);
        }
        ExpressionTree select = unwrap(call.getMethodSelect());
        String name = select instanceof MemberSelectTree member
                ? member.getIdentifier().toString()
                : select instanceof IdentifierTree id ? id.getName().toString() : "";
        List<? extends ExpressionTree> args = call.getArguments();
        boolean entries = v instanceof Value.Stream stream && stream.entries();
        int depth = v instanceof Value.Stream stream ? stream.depth() : 0;
        if (name.equals("collectingAndThen") && args.size() == 2) {
            boolean finishes = unwrap(args.get(1)) instanceof MemberReferenceTree finisher
                    && (isCopyFactory(
                                    simpleName(finisher.getQualifierExpression()),
                                    finisher.getName().toString())
                            || ("Collections".equals(simpleName(finisher.getQualifierExpression()))
                                    && finisher.getName().toString().startsWith("unmodifiable")));
            if (!finishes) {
                return terminal(v, false, 0, source);
            }
            Value inner = collected(args.get(0), v, state, source);
            if (inner instanceof Value.Fresh fresh && fresh.param() != null) {
                return new Value.Copy(fresh.param(), Math.min(ANY_DEPTH, 1 + fresh.inner()));
            }
            return inner instanceof Value.Copy ? inner : terminal(v, true, 0, source);
        }
        boolean toMap = name.equals("toMap") || name.equals("toUnmodifiableMap") || name.equals("toImmutableMap");
        int inner = toMap
                ? (args.size() >= 2 ? apply(args.get(1), entries, depth, state).depth() : 0)
                : (entries ? 0 : depth);
        if (name.equals("toList") || name.equals("toSet") || name.equals("toCollection") || name.equals("toMap")) {
            return terminal(v, false, inner, source);
        }
        boolean unmodifiable = name.startsWith("toUnmodifiable") || name.startsWith("toImmutable");
        boolean known = unmodifiable
                && (toMap || name.endsWith("List") || name.endsWith("Set") || name.equals("toImmutableSortedSet"));
        return terminal(v, unmodifiable, known ? inner : 0, source);
    }

    /** {@code List.copyOf}, {@code Set.copyOf}, {@code Map.copyOf}, Guava's {@code ImmutableList.copyOf} and kin. */
    private static boolean isCopyFactory(String owner, String method) {
        if (owner == null) {
            return false;
        }
        if (JDK_COLLECTION_INTERFACES.contains(owner)) {
            return method.equals("copyOf");
        }
        return owner.startsWith("Immutable") && (method.equals("copyOf") || method.equals("sortedCopyOf"));
    }

    /** {@code List.of(...)}, {@code Collections.emptyList()}, Guava's {@code ImmutableList.of(...)} and kin. */
    private static boolean isConstantFactory(String owner, String method) {
        if (owner == null) {
            return false;
        }
        if (JDK_COLLECTION_INTERFACES.contains(owner)) {
            return method.equals("of") || method.equals("ofEntries");
        }
        if (owner.equals("Optional")) {
            return method.equals("empty");
        }
        if (owner.equals("Collections")) {
            return method.startsWith("empty") || method.startsWith("singleton") || method.equals("nCopies");
        }
        return owner.startsWith("Immutable") && method.equals("of");
    }

    /**
     * The simple name of a type as written: {@code List} for {@code List}, {@code java.util.List} or
     * {@code ArrayList<String>}; {@code null} when the tree names no type.
     */
    private static String simpleName(Tree tree) {
        if (tree instanceof ParameterizedTypeTree parameterized) {
            return simpleName(parameterized.getType());
        }
        if (tree instanceof IdentifierTree id) {
            return id.getName().toString();
        }
        if (tree instanceof MemberSelectTree select) {
            return select.getIdentifier().toString();
        }
        return null;
    }

    private static ExpressionTree unwrap(ExpressionTree tree) {
        while (true) {
            if (tree instanceof ParenthesizedTree parens) {
                tree = parens.getExpression();
            } else if (tree instanceof TypeCastTree cast) {
                tree = cast.getExpression();
            } else {
                return tree;
            }
        }
    }

    private static Set<Value> map(Set<Value> values, java.util.function.Function<Value, Value> f) {
        Set<Value> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(f.apply(v)));
        return out;
    }

    static Set<Value> union(Set<Value> a, Set<Value> b) {
        Set<Value> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
