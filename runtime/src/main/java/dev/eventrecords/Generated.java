package dev.eventrecords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class the eventrecords processor generated. Kept in the class files, so that coverage tools (JaCoCo leaves
 * out classes annotated {@code @Generated} of class or runtime retention) and readers of the bytecode can tell it
 * from written code. It is ours, not {@code javax.annotation.processing.Generated}, so that generated code in a named
 * module needs no {@code requires java.compiler}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Generated {

    /**
     * The generator.
     *
     * @return {@code dev.eventrecords.processor.EventProcessor}
     */
    String value();

    /**
     * What the class was generated from.
     *
     * @return {@code from} and the canonical name of the event or record
     */
    String comments() default "";
}
