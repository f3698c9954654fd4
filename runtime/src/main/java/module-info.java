/**
 * eventrecords' runtime: the annotations, the catalogue of topic bindings and the Kafka serdes that generated code
 * builds on. A module with events needs only {@code requires dev.eventrecords;}: Kafka's client and Jackson's
 * streaming core, which generated code uses, come with it.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.eventrecords {
    requires transitive kafka.clients;
    requires transitive tools.jackson.core;
    // the schema registry client's HTTP
    requires java.net.http;

    exports dev.eventrecords;
    exports dev.eventrecords.kafka;
    exports dev.eventrecords.kafka.avro;

    uses dev.eventrecords.TopicBinding;
}
