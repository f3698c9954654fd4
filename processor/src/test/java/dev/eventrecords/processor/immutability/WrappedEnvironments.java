package dev.eventrecords.processor.immutability;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Processing environments wrapped as build tools wrap javac's, and a processor that hands one to another processor. */
public final class WrappedEnvironments {

    private WrappedEnvironments() {}

    /** Forwards every call; subclasses decide where the wrapped environment is kept. */
    public abstract static class Forwarding implements ProcessingEnvironment {

        protected abstract ProcessingEnvironment inner();

        @Override
        public Map<String, String> getOptions() {
            return inner().getOptions();
        }

        @Override
        public Messager getMessager() {
            return inner().getMessager();
        }

        @Override
        public Filer getFiler() {
            return inner().getFiler();
        }

        @Override
        public Elements getElementUtils() {
            return inner().getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return inner().getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return inner().getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return inner().getLocale();
        }
    }

    /** Keeps the wrapped environment in a field named {@code delegate}, as Gradle's incremental wrapper does. */
    public static final class GradleLike extends Forwarding {
        private final ProcessingEnvironment delegate;

        public GradleLike(ProcessingEnvironment delegate) {
            this.delegate = delegate;
        }

        @Override
        protected ProcessingEnvironment inner() {
            return delegate;
        }
    }

    /** Keeps the wrapped environment where no unwrapping can find it. */
    public static final class Opaque extends Forwarding {
        private final Object[] hidden;

        public Opaque(ProcessingEnvironment env) {
            this.hidden = new Object[] {env};
        }

        @Override
        protected ProcessingEnvironment inner() {
            return (ProcessingEnvironment) hidden[0];
        }
    }

    /** Runs a processor with its environment wrapped. */
    public static final class WrappingProcessor extends AbstractProcessor {
        private final Processor processor;
        private final java.util.function.Function<ProcessingEnvironment, ProcessingEnvironment> wrap;

        public WrappingProcessor(
                Processor processor, java.util.function.Function<ProcessingEnvironment, ProcessingEnvironment> wrap) {
            this.processor = processor;
            this.wrap = wrap;
        }

        @Override
        public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            processor.init(wrap.apply(env));
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return processor.getSupportedAnnotationTypes();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return processor.getSupportedOptions();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return processor.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return processor.process(annotations, round);
        }
    }
}
