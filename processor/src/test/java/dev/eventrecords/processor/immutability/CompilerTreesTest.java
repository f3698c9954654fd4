package dev.eventrecords.processor.immutability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import javax.annotation.processing.ProcessingEnvironment;
import org.junit.jupiter.api.Test;

class CompilerTreesTest {

    private static final ProcessingEnvironment INNER = new WrappedEnvironments.Opaque(null);

    @Test
    void unwrapsADelegateField() {
        assertThat(CompilerTrees.unwrap(new WrappedEnvironments.GradleLike(INNER)))
                .isSameAs(INNER);
    }

    @Test
    void unwrapsTheHandlerOfAProxy() {
        InvocationHandler handler = new DelegatingHandler(INNER);
        ProcessingEnvironment proxy = (ProcessingEnvironment) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class}, handler);
        assertThat(CompilerTrees.unwrap(proxy)).isSameAs(INNER);
    }

    @Test
    void findsNothingInAnOpaqueWrapper() {
        assertThat(CompilerTrees.unwrap(INNER)).isNull();
        assertThat(CompilerTrees.of(INNER)).isEmpty();
    }

    private static final class DelegatingHandler implements InvocationHandler {
        @SuppressWarnings("unused")
        private final ProcessingEnvironment delegateTo;

        DelegatingHandler(ProcessingEnvironment delegateTo) {
            this.delegateTo = delegateTo;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) {
            return null;
        }
    }
}
