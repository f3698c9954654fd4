package dev.eventrecords.spring;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicSpec;
import dev.eventrecords.kafka.EventPublisher;
import dev.eventrecords.kafka.EventTopics;
import dev.eventrecords.kafka.ProducerDefaults;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Wires the events of the {@link EventCatalog} into Spring Boot's Kafka auto-configuration, whose beans and
 * {@code spring.kafka.*} properties stay as they are:
 *
 * <ul>
 *   <li><b>Topics:</b> a {@link KafkaAdmin.NewTopics} bean with every topic of the catalogue and its {@code .dlt}
 *       dead-letter topic, as their specs say, which {@code KafkaAdmin} creates at startup
 *       ({@code eventrecords.topics.create}).
 *   <li><b>Publishing:</b> an {@link EventPublisher} over the auto-configured producer factory's configuration, and that
 *       factory's serializers made to write events (so {@code KafkaTemplate.send(topic, event)} writes the event's
 *       key, value and CloudEvents headers; {@link EventRecords#record} gives the whole record).
 *   <li><b>Listening:</b> the auto-configured consumer factory reads records of catalogue topics with the generated
 *       deserializers, behind Spring Kafka's {@link ErrorHandlingDeserializer}, so a {@code @KafkaListener} method
 *       takes an event or a family; a {@link DefaultErrorHandler} retries failing listeners and hands what cannot be
 *       read or handled to the {@link EventDeadLetterRecoverer}.
 * </ul>
 *
 * Every bean backs off when the application defines its own of the same type.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass({KafkaTemplate.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(EventRecordsProperties.class)
public final class EventRecordsAutoConfiguration {

    /** The broker's default max.message.bytes; a dead-letter topic takes a dead letter's headers more. */
    private static final long DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

    EventRecordsAutoConfiguration() {}

    @Bean
    @ConditionalOnBooleanProperty(name = "eventrecords.topics.create", matchIfMissing = true)
    KafkaAdmin.NewTopics eventRecordsTopics(EventRecordsProperties properties) {
        return new KafkaAdmin.NewTopics(
                newTopics(properties.getTopics().isDeadLetters()).toArray(NewTopic[]::new));
    }

    /**
     * The topics of the catalogue as their specs say, and, when asked, the dead-letter topic of each as
     * {@link EventTopics#deadLetterSpec} says, taking {@link EventTopics#DEAD_LETTER_HEADROOM} more than the broker's
     * default {@code max.message.bytes}.
     */
    static List<NewTopic> newTopics(boolean withDeadLetters) {
        List<NewTopic> topics = new ArrayList<>();
        Map<String, TopicSpec> specs = EventTopics.specs(EventCatalog.bindings());
        for (TopicSpec spec : specs.values()) {
            topics.add(spec.toNewTopic());
        }
        if (withDeadLetters) {
            for (TopicSpec spec : specs.values()) {
                TopicSpec deadLetters = EventTopics.deadLetterSpec(spec);
                Map<String, String> configs = new HashMap<>(deadLetters.configs());
                configs.put(
                        "max.message.bytes",
                        Long.toString(DEFAULT_MAX_MESSAGE_BYTES + EventTopics.DEAD_LETTER_HEADROOM));
                topics.add(deadLetters.toNewTopic().configs(configs));
            }
        }
        return topics;
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "eventrecords.consumer.events", matchIfMissing = true)
    DefaultKafkaConsumerFactoryCustomizer eventRecordsConsumerFactoryCustomizer() {
        return EventRecordsAutoConfiguration::readEvents;
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "eventrecords.producer.events", matchIfMissing = true)
    DefaultKafkaProducerFactoryCustomizer eventRecordsProducerFactoryCustomizer() {
        return EventRecordsAutoConfiguration::writeEvents;
    }

    @SuppressWarnings("unchecked") // Spring Boot's factory is a DefaultKafkaConsumerFactory<Object, Object>
    private static void readEvents(DefaultKafkaConsumerFactory<?, ?> factory) {
        DefaultKafkaConsumerFactory<Object, Object> objects = (DefaultKafkaConsumerFactory<Object, Object>) factory;
        objects.setKeyDeserializerSupplier(() -> new ErrorHandlingDeserializer<>(EventDeserializers.keys()));
        objects.setValueDeserializerSupplier(() -> new ErrorHandlingDeserializer<>(EventDeserializers.values()));
    }

    @SuppressWarnings("unchecked") // Spring Boot's factory is a DefaultKafkaProducerFactory<Object, Object>
    private static void writeEvents(DefaultKafkaProducerFactory<?, ?> factory) {
        DefaultKafkaProducerFactory<Object, Object> objects = (DefaultKafkaProducerFactory<Object, Object>) factory;
        objects.setKeySerializerSupplier(EventSerializers::keys);
        objects.setValueSerializerSupplier(EventSerializers::values);
        Object present = objects.getConfigurationProperties().get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG);
        objects.updateConfigs(Map.of(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, withInterceptor(present)));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(ProducerFactory<?, ?> producerFactory) {
        return EventPublisher.create(publisherConfig(producerFactory.getConfigurationProperties()));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty(name = "eventrecords.dead-letter.enabled", matchIfMissing = true)
    @ConditionalOnMissingBean({CommonErrorHandler.class, EventDeadLetterRecoverer.class})
    EventDeadLetterRecoverer eventDeadLetterRecoverer(ProducerFactory<?, ?> producerFactory) {
        Map<String, Object> config = new HashMap<>();
        ProducerDefaults.over(publisherConfig(producerFactory.getConfigurationProperties()))
                .forEach((k, v) -> config.put(k.toString(), v));
        return new EventDeadLetterRecoverer(
                new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "eventrecords.dead-letter.enabled", matchIfMissing = true)
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler eventRecordsErrorHandler(
            EventDeadLetterRecoverer deadLetters, EventRecordsProperties properties) {
        return new DefaultErrorHandler(deadLetters, backOff(properties.getRetry()));
    }

    /**
     * Waits as {@link dev.eventrecords.kafka.EventConsumer} does: {@code backoff}, doubling up to {@code max-backoff},
     * for {@code attempts - 1} redeliveries.
     */
    static BackOff backOff(EventRecordsProperties.Retry retry) {
        int retries = retry.getAttempts() - 1;
        if (retries == 0) {
            return new FixedBackOff(0, 0);
        }
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retries);
        backOff.setInitialInterval(retry.getBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(
                Math.max(retry.getMaxBackoff().toMillis(), retry.getBackoff().toMillis()));
        return backOff;
    }

    /**
     * The producer factory's configuration for a producer of bytes of our own: without our interceptor, serializers or
     * a transactional id (Spring keeps its prefix out of the map), and with a client id of its own.
     */
    static Map<String, Object> publisherConfig(Map<String, Object> factoryConfig) {
        Map<String, Object> config = new HashMap<>(factoryConfig);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        Object interceptors = config.get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG);
        if (interceptors != null) {
            String others = names(interceptors).stream()
                    .filter(name -> !name.equals(EventKeyInterceptor.class.getName()))
                    .collect(Collectors.joining(","));
            if (others.isEmpty()) {
                config.remove(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG);
            } else {
                config.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, others);
            }
        }
        return config;
    }

    private static String withInterceptor(Object present) {
        List<String> names = names(present);
        if (!names.contains(EventKeyInterceptor.class.getName())) {
            names.add(EventKeyInterceptor.class.getName());
        }
        return String.join(",", names);
    }

    /** The class names of a list property, given as a string, a class or a list of either. */
    private static List<String> names(Object value) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        List<?> items = value instanceof List<?> list
                ? list
                : Arrays.asList(value.toString().split(","));
        if (value instanceof Class<?>) {
            items = List.of(value);
        }
        for (Object item : items) {
            String name =
                    item instanceof Class<?> c ? c.getName() : item.toString().trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
