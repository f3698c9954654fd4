package dev.eventrecords.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Reads an {@code @EventFamily} interface into a {@link FamilyModel}. */
public final class FamilyReader {

    private final ModelReader models;
    private final Function<TypeElement, Read<EventModel>> members;

    /**
     * Creates a reader.
     *
     * @param models reads the family itself
     * @param members the members' models: the ones the events were already read into this round, where there are
     */
    public FamilyReader(ModelReader models, Function<TypeElement, Read<EventModel>> members) {
        this.models = models;
        this.members = members;
    }

    /**
     * Reads a family, or defers it while one of its members is deferred; the element must be a sealed interface (the
     * family rule checks that first).
     */
    public Read<FamilyModel> read(TypeElement family) {
        AnnotationMirror annotation =
                ModelReader.annotation(family, ModelReader.EVENT_FAMILY).orElseThrow();
        List<EventModel> members = new ArrayList<>();
        List<TypeElement> strangers = new ArrayList<>();
        for (TypeMirror permitted : family.getPermittedSubclasses()) {
            if (!(permitted instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement type)) {
                continue;
            }
            if (type.getKind() == ElementKind.RECORD
                    && ModelReader.annotation(type, ModelReader.EVENT).isPresent()) {
                Read<EventModel> member = this.members.apply(type);
                if (member instanceof Read.Deferred<EventModel> deferred) {
                    return new Read.Deferred<>(deferred.unresolved());
                }
                members.add(((Read.Ready<EventModel>) member).model());
            } else {
                strangers.add(type);
            }
        }
        return new Read.Ready<>(new FamilyModel(
                models.familyRef(family, annotation),
                ModelReader.explicitValue(annotation, "topic"),
                members,
                strangers,
                GeneratedNames.of(JavaName.of(family))));
    }
}
