package dev.eventrecords.examples.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.examples.broker.AlarmRaised;
import dev.eventrecords.examples.broker.ContainerLoaded;
import dev.eventrecords.examples.broker.MeterRead;
import dev.eventrecords.examples.broker.OrderShipped;
import dev.eventrecords.examples.broker.ParcelDelivered;
import dev.eventrecords.examples.fitness.DeviceConnected;
import dev.eventrecords.examples.fitness.DeviceConnectedTopic;
import dev.eventrecords.examples.fitness.HeartRateRecorded;
import dev.eventrecords.examples.fitness.Lap;
import dev.eventrecords.examples.fitness.UserAddressChanged;
import dev.eventrecords.examples.fitness.UserCreated;
import dev.eventrecords.examples.fitness.WorkoutCompleted;
import dev.eventrecords.examples.payload.ParcelScanned;
import dev.eventrecords.examples.payload.ReadingTaken;
import dev.eventrecords.examples.payload.TemperatureLogged;
import dev.eventrecords.examples.wire.BlobReceived;
import dev.eventrecords.examples.wire.ContainersFilled;
import dev.eventrecords.examples.wire.RoutePlanned;
import dev.eventrecords.examples.wire.ScalarsMeasured;
import dev.eventrecords.examples.wire.TimesObserved;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

/**
 * {@link EventCatalog} finds every binding the processor generated, in main and in test sources, through the generated
 * service files alone.
 */
class EventCatalogTest {

    /** The {@code @Event} records of the examples module, main and test, when these tests were written. */
    private static final List<Class<?>> EVENTS = List.of(
            DeviceConnected.class,
            HeartRateRecorded.class,
            UserAddressChanged.class,
            UserCreated.class,
            WorkoutCompleted.class,
            ScalarsMeasured.class,
            TimesObserved.class,
            ContainersFilled.class,
            RoutePlanned.class,
            BlobReceived.class,
            ReadingTaken.class,
            TemperatureLogged.class,
            ParcelScanned.class,
            ParcelDelivered.class,
            MeterRead.class,
            AlarmRaised.class,
            OrderShipped.class,
            ContainerLoaded.class,
            Inventory.StockCounted.class);

    @Test
    void bindingsListEveryEvent() {
        List<Class<?>> classes = EventCatalog.bindings().stream()
                .<Class<?>>map(TopicBinding::eventClass)
                .toList();

        assertThat(classes).containsAll(EVENTS);
    }

    @Test
    void bindingsListEachEventClassOnce() {
        List<Class<?>> classes = EventCatalog.bindings().stream()
                .<Class<?>>map(TopicBinding::eventClass)
                .toList();

        assertThat(classes).doesNotHaveDuplicates();
    }

    @Test
    void bindingsAreOrderedByTopicThenEventType() {
        assertThat(EventCatalog.bindings())
                .isSortedAccordingTo(Comparator.comparing((TopicBinding<?, ?> b) -> b.topic())
                        .thenComparing(TopicBinding::eventType));
    }

    @Test
    void bindingsIsTheSameUnmodifiableListOnEveryCall() {
        List<TopicBinding<?, ?>> bindings = EventCatalog.bindings();

        assertThat(EventCatalog.bindings()).isSameAs(bindings);
        assertThatThrownBy(bindings::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bindingForFindsTheGeneratedBindingOfAnEvent() {
        for (Class<?> event : EVENTS) {
            Optional<? extends TopicBinding<?, ?>> binding = EventCatalog.bindingFor(event);

            assertThat(binding).as("binding of %s", event).isPresent();
            assertThat(binding.get().eventClass()).isSameAs(event);
            assertThat(binding.get().getClass().getName()).isEqualTo(generatedTopicClass(event));
        }
    }

    @Test
    void bindingForATestEventCarriesItsTopicAndType() {
        TopicBinding<?, ScalarsMeasured> binding =
                EventCatalog.bindingFor(ScalarsMeasured.class).orElseThrow();

        assertThat(binding.topic()).isEqualTo("wire.scalars");
        assertThat(binding.eventType()).isEqualTo("dev.eventrecords.examples.wire.ScalarsMeasured");
    }

    @Test
    void bindingForReturnsTheSameInstanceAsBindings() {
        TopicBinding<?, DeviceConnected> binding =
                EventCatalog.bindingFor(DeviceConnected.class).orElseThrow();

        assertThat(binding).isInstanceOf(DeviceConnectedTopic.class);
        assertThat(EventCatalog.bindings()).anySatisfy(b -> assertThat(b).isSameAs(binding));
    }

    @Test
    void aNestedEventIsFoundWithItsDefaultTopicAndCanonicalType() {
        TopicBinding<?, Inventory.StockCounted> binding =
                EventCatalog.bindingFor(Inventory.StockCounted.class).orElseThrow();

        assertThat(binding).isInstanceOf(Inventory_StockCountedTopic.class);
        assertThat(binding.topic()).isEqualTo("stock-counted");
        assertThat(binding.eventType()).isEqualTo("dev.eventrecords.examples.catalog.Inventory.StockCounted");
    }

    @Test
    void aCustomTypeAndTopicAreTheBindings() {
        TopicBinding<?, OrderShipped> binding =
                EventCatalog.bindingFor(OrderShipped.class).orElseThrow();

        assertThat(binding.topic()).isEqualTo("broker.orders");
        assertThat(binding.eventType()).isEqualTo("shop.OrderShipped");
    }

    @Test
    void theKeySerdeFollowsTheKeyType() {
        assertThat(EventCatalog.bindingFor(ParcelDelivered.class).orElseThrow().keySerde())
                .isInstanceOf(Serdes.StringSerde.class);
        assertThat(EventCatalog.bindingFor(MeterRead.class).orElseThrow().keySerde())
                .isInstanceOf(Serdes.LongSerde.class);
        assertThat(EventCatalog.bindingFor(OrderShipped.class).orElseThrow().keySerde())
                .isInstanceOf(Serdes.UUIDSerde.class);
        assertThat(EventCatalog.bindingFor(BlobReceived.class).orElseThrow().keySerde())
                .isInstanceOf(Serdes.IntegerSerde.class);
        assertThat(EventCatalog.bindingFor(AlarmRaised.class).orElseThrow().keySerde())
                .isInstanceOf(Serdes.VoidSerde.class);
    }

    @Test
    void aRecordThatIsNoEventHasNoBinding() {
        assertThat(EventCatalog.bindingFor(Lap.class)).isEmpty();
        assertThat(EventCatalog.bindingFor(RoutePlanned.Leg.class)).isEmpty();
        assertThat(EventCatalog.bindingFor(String.class)).isEmpty();
    }

    /** {@code a.b.Outer.Inner} gives {@code a.b.Outer_InnerTopic}. */
    private static String generatedTopicClass(Class<?> event) {
        String packageName = event.getPackageName();
        String nested =
                event.getCanonicalName().substring(packageName.length() + 1).replace('.', '_');
        return packageName + "." + nested + "Topic";
    }
}
