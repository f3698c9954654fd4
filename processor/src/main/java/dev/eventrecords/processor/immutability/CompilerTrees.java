package dev.eventrecords.processor.immutability;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * javac's syntax trees for the sources being compiled, when the compiler offers them. IntelliJ and Gradle hand
 * processors a wrapper around javac's processing environment; this unwraps it as other processors (Lombok) do: through
 * IntelliJ's {@code APIWrappers.unwrap}, a {@code delegate} or {@code processingEnv} field, or the handler of a proxy.
 * The Eclipse compiler has no such trees: then the result is empty.
 */
public final class CompilerTrees {

    private static final String[] DELEGATE_FIELDS = {"delegate", "processingEnv", "val$delegateTo", "delegateTo"};

    private CompilerTrees() {}

    /**
     * The trees of a processing environment.
     *
     * @param env the environment the processor was given, possibly wrapped
     * @return the trees, or empty when neither the environment nor anything it wraps is javac's
     */
    public static Optional<Trees> of(ProcessingEnvironment env) {
        ProcessingEnvironment current = env;
        for (int depth = 0; current != null && depth < 8; depth++) {
            Optional<Trees> trees = instance(current);
            if (trees.isPresent()) {
                return trees;
            }
            current = unwrap(current);
        }
        return Optional.empty();
    }

    private static Optional<Trees> instance(ProcessingEnvironment env) {
        try {
            return Optional.of(Trees.instance(env));
        } catch (RuntimeException | LinkageError e) {
            // not javac's environment (IllegalArgumentException), or jdk.compiler is not there at all
            return Optional.empty();
        }
    }

    /** The environment {@code env} wraps, or {@code null}. */
    static ProcessingEnvironment unwrap(ProcessingEnvironment env) {
        ProcessingEnvironment unwrapped = intellij(env);
        if (unwrapped != null && unwrapped != env) {
            return unwrapped;
        }
        Object holder = Proxy.isProxyClass(env.getClass()) ? Proxy.getInvocationHandler(env) : env;
        for (String name : DELEGATE_FIELDS) {
            Object value = field(holder, name);
            if (value instanceof ProcessingEnvironment inner && inner != env) {
                return inner;
            }
        }
        return null;
    }

    private static ProcessingEnvironment intellij(ProcessingEnvironment env) {
        try {
            ClassLoader loader = env.getClass().getClassLoader();
            Class<?> wrappers = Class.forName("org.jetbrains.jps.javac.APIWrappers", false, loader);
            Method unwrap = wrappers.getDeclaredMethod("unwrap", Class.class, Object.class);
            Object result = unwrap.invoke(null, ProcessingEnvironment.class, env);
            return result instanceof ProcessingEnvironment inner ? inner : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static Object field(Object holder, String name) {
        for (Class<?> type = holder.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(holder);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
