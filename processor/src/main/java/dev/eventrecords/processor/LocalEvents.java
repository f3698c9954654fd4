package dev.eventrecords.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.eventrecords.processor.immutability.CompilerTrees;
import dev.eventrecords.processor.rules.PastTenseRule.NameFinding;
import dev.eventrecords.processor.rules.RuleId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Finds {@code @Event} on records declared inside a method, a lambda or an anonymous class. javac does not hand such
 * local classes to annotation processors, so without this scan they would silently get no serde. Reading the source
 * needs javac's tree API; where it is not available (another compiler), the scan is skipped.
 */
final class LocalEvents {

    private final Trees trees;
    private final Function<String, Optional<NameFinding>> naming;
    private final Consumer<TypeElement> components;
    private final Reporter reporter;
    private final Set<CompilationUnitTree> scanned = new HashSet<>();

    private LocalEvents(
            Trees trees,
            Function<String, Optional<NameFinding>> naming,
            Consumer<TypeElement> components,
            Reporter reporter) {
        this.trees = trees;
        this.naming = naming;
        this.components = components;
        this.reporter = reporter;
    }

    /**
     * A local event is also judged on what its declaration decides, so that all its problems are reported in one
     * build.
     *
     * @param naming the past-tense verdict on a simple name
     * @param components reports the mutability verdicts on a local record's components
     * @param reporter prints the findings, at the local record's position
     */
    static LocalEvents of(
            ProcessingEnvironment env,
            Function<String, Optional<NameFinding>> naming,
            Consumer<TypeElement> components,
            Reporter reporter) {
        // Through the wrapper that Gradle and IntelliJ put around javac's environment too.
        return new LocalEvents(CompilerTrees.of(env).orElse(null), naming, components, reporter);
    }

    void report(RoundEnvironment round) {
        if (trees == null) {
            return;
        }
        for (Element root : round.getRootElements()) {
            if (generatedByUs(root)) {
                continue; // our own output, every round after the first: it holds no user's events
            }
            TreePath path;
            try {
                path = trees.getPath(root);
            } catch (RuntimeException e) {
                continue;
            }
            if (path != null && scanned.add(path.getCompilationUnit())) {
                new Scanner(path.getCompilationUnit()).scan(path.getCompilationUnit(), null);
            }
        }
    }

    private static boolean generatedByUs(Element root) {
        for (AnnotationMirror mirror : root.getAnnotationMirrors()) {
            String annotation = ((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .toString();
            if (annotation.equals("dev.eventrecords.Generated")
                    || annotation.equals("javax.annotation.processing.Generated")) {
                for (var entry : mirror.getElementValues().entrySet()) {
                    if (entry.getKey().getSimpleName().contentEquals("value")
                            && String.valueOf(entry.getValue().getValue()).contains(EventProcessor.class.getName())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private final class Scanner extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final boolean importsEvent;

        Scanner(CompilationUnitTree unit) {
            this.unit = unit;
            boolean imported = false;
            for (ImportTree i : unit.getImports()) {
                String name = i.getQualifiedIdentifier().toString();
                imported |=
                        !i.isStatic() && (name.equals("dev.eventrecords.Event") || name.equals("dev.eventrecords.*"));
            }
            String pkg =
                    unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            this.importsEvent = imported || pkg.equals("dev.eventrecords");
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            if (isEvent(node) && isLocal(getCurrentPath())) {
                reporter.report(
                        RuleId.DECLARATION,
                        Kind.ERROR,
                        "event '" + node.getSimpleName()
                                + "' is declared inside a method: generated classes cannot name it; move it to the"
                                + " top level or into a class",
                        (kind, text) -> trees.printMessage(kind, text, node, unit));
                if (!suppressed(getCurrentPath(), RuleId.PAST_TENSE)) {
                    naming.apply(node.getSimpleName().toString())
                            .ifPresent(finding -> reporter.report(
                                    RuleId.PAST_TENSE,
                                    finding.kind(),
                                    finding.message(),
                                    (kind, text) -> trees.printMessage(kind, text, node, unit)));
                }
                if (trees.getElement(getCurrentPath()) instanceof TypeElement record
                        && record.getKind() == ElementKind.RECORD) {
                    components.accept(record);
                }
            }
            return super.visitClass(node, unused);
        }

        /** Whether the class or a declaration around it carries @SuppressWarnings with the rule's id or "all". */
        private boolean suppressed(TreePath path, RuleId rule) {
            for (TreePath p = path; p != null; p = p.getParentPath()) {
                ModifiersTree modifiers = p.getLeaf() instanceof ClassTree c
                        ? c.getModifiers()
                        : p.getLeaf() instanceof MethodTree m
                                ? m.getModifiers()
                                : p.getLeaf() instanceof VariableTree v ? v.getModifiers() : null;
                if (modifiers == null) {
                    continue;
                }
                for (AnnotationTree annotation : modifiers.getAnnotations()) {
                    String type = annotation.getAnnotationType().toString();
                    if (type.equals("SuppressWarnings") || type.equals("java.lang.SuppressWarnings")) {
                        String arguments = annotation.getArguments().toString();
                        if (arguments.contains("\"" + rule.id() + "\"") || arguments.contains("\"all\"")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean isEvent(ClassTree node) {
            for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
                String type = annotation.getAnnotationType().toString();
                if (type.equals("dev.eventrecords.Event") || (importsEvent && type.equals("Event"))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isLocal(TreePath path) {
            for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
                Tree.Kind kind = p.getLeaf().getKind();
                if (kind == Tree.Kind.METHOD
                        || kind == Tree.Kind.NEW_CLASS
                        || kind == Tree.Kind.LAMBDA_EXPRESSION
                        || kind == Tree.Kind.BLOCK) {
                    return true;
                }
            }
            return false;
        }
    }
}
