package dev.eventrecords.processor.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The name of a class: its package and its simple names from the outermost class in, so {@code Outer.Inner} in
 * {@code com.acme} is {@code ("com.acme", [Outer, Inner])}. Plain data: the model names classes with it, and only the
 * generators turn it into code.
 *
 * @param packageName the package, empty for the unnamed package
 * @param simpleNames the simple names, outermost first; never empty
 */
public record JavaName(String packageName, List<String> simpleNames) {

    public JavaName {
        simpleNames = List.copyOf(simpleNames);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("a class name needs a simple name");
        }
    }

    /** The name of a declared class, interface, record or enum. */
    public static JavaName of(TypeElement type) {
        Deque<String> names = new ArrayDeque<>();
        Element current = type;
        while (current instanceof TypeElement t) {
            names.addFirst(t.getSimpleName().toString());
            current = t.getEnclosingElement();
        }
        String pkg = current instanceof PackageElement p ? p.getQualifiedName().toString() : "";
        return new JavaName(pkg, List.copyOf(names));
    }

    /** A top-level class. */
    public static JavaName of(String packageName, String simpleName) {
        return new JavaName(packageName, List.of(simpleName));
    }

    /** {@code com.acme.Outer.Inner}. */
    public String canonicalName() {
        String nested = String.join(".", simpleNames);
        return packageName.isEmpty() ? nested : packageName + "." + nested;
    }

    /** {@code Inner}. */
    public String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }

    /** {@code Outer.Inner}: the name within its package. */
    public String nestedName() {
        return String.join(".", simpleNames);
    }

    /**
     * A top-level class in the same package named from this one's simple names joined by {@code _}, then
     * {@code suffix}: {@code Outer_InnerSerde}.
     */
    public JavaName flatSibling(String suffix) {
        return of(packageName, String.join("_", simpleNames) + suffix);
    }

    /** A class nested in this one. */
    public JavaName nested(String simpleName) {
        List<String> names = new java.util.ArrayList<>(simpleNames);
        names.add(simpleName);
        return new JavaName(packageName, names);
    }
}
