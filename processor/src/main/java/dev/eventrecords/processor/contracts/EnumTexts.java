package dev.eventrecords.processor.contracts;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The texts the serializer writes for an enum's constants: {@code toString()}, as Jackson 3 writes them, which is the
 * constant's name unless the enum overrides it. An override's result is not known at compile time, so then there are
 * none, and the schema says only "a string".
 */
final class EnumTexts {

    private final Optional<Trees> trees;

    EnumTexts(Optional<Trees> trees) {
        this.trees = trees;
    }

    /**
     * The constants' texts in declaration order: the text {@code @JsonProperty} gives a constant ({@code renamed}), else
     * its name; empty when a constant without such a text is written by a {@code toString()} the enum or the
     * constant overrides.
     */
    Optional<List<String>> of(TypeElement enumType, Map<String, String> renamed) {
        List<String> names = enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
        if (!renamed.keySet().containsAll(names)
                && (declaresToString(enumType) || !constantBodiesKeepToString(enumType))) {
            return Optional.empty();
        }
        return Optional.of(names.stream().map(n -> renamed.getOrDefault(n, n)).toList());
    }

    private static boolean declaresToString(TypeElement enumType) {
        for (ExecutableElement method : ElementFilter.methodsIn(enumType.getEnclosedElements())) {
            if (method.getSimpleName().contentEquals("toString")
                    && method.getParameters().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no constant has a class body that overrides {@code toString()}. javac makes an enum final exactly when no
     * constant has a body; a body is read from the source, and one that cannot be read counts as an override.
     */
    private boolean constantBodiesKeepToString(TypeElement enumType) {
        if (enumType.getModifiers().contains(Modifier.FINAL)) {
            return true;
        }
        ClassTree tree = trees.map(t -> t.getTree(enumType)).orElse(null);
        if (tree == null) {
            return false;
        }
        for (Tree member : tree.getMembers()) {
            if (member instanceof VariableTree constant
                    && constant.getInitializer() instanceof NewClassTree created
                    && created.getClassBody() != null) {
                for (Tree inner : created.getClassBody().getMembers()) {
                    if (inner instanceof MethodTree method
                            && method.getName().contentEquals("toString")
                            && method.getParameters().isEmpty()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
