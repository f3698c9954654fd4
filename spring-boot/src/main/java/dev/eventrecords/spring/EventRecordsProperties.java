package dev.eventrecords.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code eventrecords.*} properties of the Spring Boot starter. None is required: the defaults create the topics,
 * read and write events through the auto-configured Kafka factories, and dead-letter what cannot be consumed after
 * the same retries as {@link dev.eventrecords.kafka.EventConsumer} (4 attempts, waits of 100 ms doubling up to 5 s).
 *
 * <p>Connection, security and client settings stay where Spring Boot keeps them, under {@code spring.kafka.*}.
 *
 * @see dev.eventrecords.kafka.EventConsumer
 */
@ConfigurationProperties("eventrecords")
public class EventRecordsProperties {

    private final Topics topics = new Topics();
    private final Consumer consumer = new Consumer();
    private final Producer producer = new Producer();
    private final Retry retry = new Retry();
    private final DeadLetter deadLetter = new DeadLetter();

    /**
     * Topic creation.
     *
     * @return the topic properties
     */
    public Topics getTopics() {
        return topics;
    }

    /**
     * The auto-configured consumer factory.
     *
     * @return the consumer properties
     */
    public Consumer getConsumer() {
        return consumer;
    }

    /**
     * The auto-configured producer factory.
     *
     * @return the producer properties
     */
    public Producer getProducer() {
        return producer;
    }

    /**
     * Redelivery of records whose listener throws.
     *
     * @return the retry properties
     */
    public Retry getRetry() {
        return retry;
    }

    /**
     * Dead letters.
     *
     * @return the dead-letter properties
     */
    public DeadLetter getDeadLetter() {
        return deadLetter;
    }

    /** {@code eventrecords.topics.*}. */
    public static class Topics {

        /**
         * Whether to declare a NewTopic bean, which Spring's KafkaAdmin creates at startup, for every topic of the
         * event catalogue and its '.dlt' dead-letter topic, with the partitions, replication factor, retention and
         * cleanup policy of @Event or @EventFamily.
         */
        private boolean create = true;

        /**
         * Whether the created topics include each topic's '.dlt' dead-letter topic.
         */
        private boolean deadLetters = true;

        /**
         * Whether topics are created.
         *
         * @return {@code true} by default
         */
        public boolean isCreate() {
            return create;
        }

        /**
         * Sets whether topics are created.
         *
         * @param create whether to create them
         */
        public void setCreate(boolean create) {
            this.create = create;
        }

        /**
         * Whether dead-letter topics are created.
         *
         * @return {@code true} by default
         */
        public boolean isDeadLetters() {
            return deadLetters;
        }

        /**
         * Sets whether dead-letter topics are created.
         *
         * @param deadLetters whether to create them
         */
        public void setDeadLetters(boolean deadLetters) {
            this.deadLetters = deadLetters;
        }
    }

    /** {@code eventrecords.consumer.*}. */
    public static class Consumer {

        /**
         * Whether the auto-configured consumer factory reads the key and value of every record of a catalogue topic
         * with the generated deserializers, chosen by topic and ce_type; records of other topics are read with the
         * spring.kafka.consumer key and value deserializers.
         */
        private boolean events = true;

        /**
         * Whether the consumer factory reads events.
         *
         * @return {@code true} by default
         */
        public boolean isEvents() {
            return events;
        }

        /**
         * Sets whether the consumer factory reads events.
         *
         * @param events whether it does
         */
        public void setEvents(boolean events) {
            this.events = events;
        }
    }

    /** {@code eventrecords.producer.*}. */
    public static class Producer {

        /**
         * Whether the auto-configured producer factory, and so KafkaTemplate, writes events with the generated
         * serializers (and their CloudEvents headers) and fills in the key of an event sent without one; other values
         * are written with the spring.kafka.producer key and value serializers.
         */
        private boolean events = true;

        /**
         * Whether the producer factory writes events.
         *
         * @return {@code true} by default
         */
        public boolean isEvents() {
            return events;
        }

        /**
         * Sets whether the producer factory writes events.
         *
         * @param events whether it does
         */
        public void setEvents(boolean events) {
            this.events = events;
        }
    }

    /** {@code eventrecords.retry.*}. */
    public static class Retry {

        /**
         * How many times a record is delivered to a listener that throws, the first delivery included, before it is
         * dead-lettered. A record that cannot be read is never retried.
         */
        private int attempts = 4;

        /**
         * How long to wait before the first redelivery; each later wait doubles, up to max-backoff.
         */
        private Duration backoff = Duration.ofMillis(100);

        /**
         * The longest wait between two deliveries. Keep attempts times waits well under max.poll.interval.ms.
         */
        private Duration maxBackoff = Duration.ofSeconds(5);

        /**
         * The number of deliveries.
         *
         * @return 4 by default
         */
        public int getAttempts() {
            return attempts;
        }

        /**
         * Sets the number of deliveries.
         *
         * @param attempts one or more
         */
        public void setAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("eventrecords.retry.attempts must be 1 or more (the first delivery"
                        + " counts), not " + attempts);
            }
            this.attempts = attempts;
        }

        /**
         * The first wait.
         *
         * @return 100 ms by default
         */
        public Duration getBackoff() {
            return backoff;
        }

        /**
         * Sets the first wait.
         *
         * @param backoff zero or more
         */
        public void setBackoff(Duration backoff) {
            this.backoff = nonNegative(backoff, "eventrecords.retry.backoff");
        }

        /**
         * The longest wait.
         *
         * @return 5 s by default
         */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /**
         * Sets the longest wait.
         *
         * @param maxBackoff zero or more
         */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "eventrecords.retry.max-backoff");
        }

        private static Duration nonNegative(Duration duration, String name) {
            if (duration == null || duration.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or more, not " + duration);
            }
            return duration;
        }
    }

    /** {@code eventrecords.dead-letter.*}. */
    public static class DeadLetter {

        /**
         * Whether listener containers get a DefaultErrorHandler whose DeadLetterPublishingRecoverer writes what cannot
         * be read or handled to '<topic>.dlt' with the dlt.* headers. Off, Spring Boot's own error handling applies.
         */
        private boolean enabled = true;

        /**
         * Whether dead letters are written.
         *
         * @return {@code true} by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether dead letters are written.
         *
         * @param enabled whether they are
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
