package dev.eventrecords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * All the {@link TopicBinding}s generated in the application, found through the
 * {@code META-INF/services/dev.eventrecords.TopicBinding} files that the processor writes: no class-path scanning and
 * no reflection beyond {@link ServiceLoader}.
 *
 * <p>The bindings are loaded once, on first use, and the same unmodifiable list is returned afterwards. Thread-safe.
 */
public final class EventCatalog {

    private EventCatalog() {}

    /**
     * Every generated binding on the class path, ordered by topic and then event type.
     *
     * @return an unmodifiable list, empty when no event was compiled with the processor
     */
    public static List<TopicBinding<?, ?>> bindings() {
        return Loaded.BINDINGS;
    }

    /**
     * The binding of one event class.
     *
     * @param eventClass the {@link Event} record
     * @param <E> the event type
     * @return the binding, or empty when the class has none
     */
    @SuppressWarnings("unchecked") // the binding's eventClass() is eventClass, so its events are E
    public static <E> Optional<TopicBinding<?, E>> bindingFor(Class<E> eventClass) {
        for (TopicBinding<?, ?> binding : Loaded.BINDINGS) {
            if (binding.eventClass() == eventClass) {
                return Optional.of((TopicBinding<?, E>) binding);
            }
        }
        return Optional.empty();
    }

    /** Holder idiom: loads on first use, once, safely published. */
    private static final class Loaded {
        static final List<TopicBinding<?, ?>> BINDINGS = load();

        private static List<TopicBinding<?, ?>> load() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = EventCatalog.class.getClassLoader();
            }
            List<TopicBinding<?, ?>> found = new ArrayList<>();
            for (TopicBinding<?, ?> binding : ServiceLoader.load(TopicBinding.class, loader)) {
                found.add(binding);
            }
            found.sort(Comparator.comparing((TopicBinding<?, ?> b) -> b.topic()).thenComparing(b -> b.eventType()));
            return List.copyOf(found);
        }
    }
}
