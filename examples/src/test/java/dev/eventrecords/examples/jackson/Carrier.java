package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code include = EXISTING_PROPERTY, visible = true}: each record holds its type id in its own {@code mode}
 * component; the enum, which has no property, is written as {@code ["Carrier$Drone","QUAD"]}. No
 * {@code @JsonSubTypes}: Jackson 3 finds the permitted subtypes itself.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "mode",
        visible = true)
public sealed interface Carrier {

    @JsonTypeName("truck")
    record Truck(String mode, int axles) implements Carrier {}

    @JsonTypeName("vessel")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Vessel(String mode, String vesselName, List<String> ports) implements Carrier {
        public Vessel {
            ports = ports == null ? null : List.copyOf(ports);
        }
    }

    enum Drone implements Carrier {
        QUAD,
        FIXED_WING
    }
}
