package dev.eventrecords.processor.output;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.FamilyModel;
import java.util.List;

/**
 * Something the processor writes: per event, per event family, or once for the whole compilation. The processor
 * hands each output every event and family that passed every rule, and the catalogue when processing is over, and
 * writes the files it returns; an output writes nothing itself. An output may keep state across a compilation (a
 * codec shared by two events is written once), and a new instance is created for each compilation.
 */
public interface Output {

    /** The files for an event that passed every rule, written in the round it was read. */
    default List<GeneratedFile> event(EventModel event, OutputContext context) {
        return List.of();
    }

    /** The files for an event family whose members were all generated. */
    default List<GeneratedFile> family(FamilyModel family, OutputContext context) {
        return List.of();
    }

    /** The files for the whole compilation, once, when processing is over. */
    default List<GeneratedFile> catalogue(Catalogue catalogue, OutputContext context) {
        return List.of();
    }
}
