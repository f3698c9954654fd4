package dev.eventrecords;

import dev.eventrecords.kafka.JsonCodec;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers codecs compiled elsewhere, such as those a library ships for its types, for every event of this
 * compilation. Write it on a package ({@code package-info.java}) or on a class of the compilation, an event for
 * instance:
 *
 * <pre>{@code
 * @EventCodecs({MoneyCodec.class, CurrencyUnitCodec.class})
 * package com.acme.billing;
 * }</pre>
 *
 * <p>The processor reads the listed classes themselves, so nothing is looked up at run time, and checks each as it
 * checks a class marked {@link EventCodec}. A codec of the compilation needs no entry here; listing it too changes
 * nothing.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface EventCodecs {

    /**
     * The codecs.
     *
     * @return the codec classes, each with a {@code public static final INSTANCE}
     */
    Class<? extends JsonCodec<?>>[] value();
}
