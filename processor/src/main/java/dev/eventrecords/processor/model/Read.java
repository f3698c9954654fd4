package dev.eventrecords.processor.model;

/**
 * What reading a declaration gives: its model, or a deferral to a later round because a type it names does not exist
 * yet (another processor may still generate it; if none does, javac reports it).
 *
 * @param <T> the model read
 */
public sealed interface Read<T> {

    /**
     * The declaration, read whole.
     *
     * @param model its model
     */
    record Ready<T>(T model) implements Read<T> {}

    /**
     * The declaration names a type that cannot be resolved yet.
     *
     * @param unresolved the first such type, as the user wrote it
     */
    record Deferred<T>(String unresolved) implements Read<T> {}
}
