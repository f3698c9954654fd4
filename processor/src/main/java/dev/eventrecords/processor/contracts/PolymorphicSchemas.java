package dev.eventrecords.processor.contracts;

import dev.eventrecords.processor.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The schema of a polymorphic value: {@code oneOf} its variants, each told apart by its type id as a {@code const},
 * where the serializer writes it. For a record with the id as a property, {@code allOf} the record's schema and an
 * object whose id property is the const (the record's schema admits other properties); in a wrapper object, an object
 * of that one property; in a wrapper array, or for an enum (no JSON object) with the property inclusions, the array
 * of the const and the value.
 */
final class PolymorphicSchemas {

    private PolymorphicSchemas() {}

    /**
     * @param shape the polymorphic shape
     * @param variantSchema the schema of a variant's value without its id: a record's {@code $ref}, an enum's texts
     */
    static Map<String, Object> of(Shape.Polymorphic shape, Function<Shape, Map<String, Object>> variantSchema) {
        List<Object> variants = new ArrayList<>();
        for (Shape.Polymorphic.Variant variant : shape.variants()) {
            Map<String, Object> value = variantSchema.apply(variant.shape());
            boolean object = variant.shape() instanceof Shape.RecordType;
            if (shape.inclusion() == Shape.Polymorphic.Inclusion.WRAPPER_OBJECT) {
                variants.add(object(Map.of(variant.id(), value), false));
            } else if (!object || shape.inclusion() == Shape.Polymorphic.Inclusion.WRAPPER_ARRAY) {
                Map<String, Object> array = new LinkedHashMap<>();
                array.put("type", "array");
                array.put("items", List.of(constant(variant.id()), value));
                array.put("minItems", 2);
                array.put("additionalItems", Boolean.FALSE);
                variants.add(array);
            } else {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("allOf", List.of(value, object(Map.of(shape.property(), constant(variant.id())), true)));
                variants.add(all);
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("oneOf", variants);
        return schema;
    }

    private static Map<String, Object> object(Map<String, Object> properties, boolean open) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", new LinkedHashMap<>(properties));
        schema.put("required", new ArrayList<Object>(properties.keySet()));
        if (!open) {
            schema.put("additionalProperties", Boolean.FALSE);
        }
        return schema;
    }

    private static Map<String, Object> constant(String id) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("const", id);
        return schema;
    }
}
