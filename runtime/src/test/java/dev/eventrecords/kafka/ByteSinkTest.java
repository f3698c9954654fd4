package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSinkTest {

    @Test
    void shrinksBackToItsBaseSizeAfterALargeWrite() {
        ByteSink sink = ByteSink.get();
        sink.write(new byte[4 * ByteSink.KEEP_AT_MOST], 0, 4 * ByteSink.KEEP_AT_MOST);

        byte[] written = sink.toByteArrayAndRelease();

        assertThat(written).hasSize(4 * ByteSink.KEEP_AT_MOST);
        assertThat(ByteSink.get().capacity()).isEqualTo(ByteSink.INITIAL);
    }

    @Test
    void shrinksBackToItsBaseSizeAfterAFailedLargeWrite() {
        ByteSink sink = ByteSink.get();
        sink.write(new byte[4 * ByteSink.KEEP_AT_MOST], 0, 4 * ByteSink.KEEP_AT_MOST);

        sink.release();

        assertThat(ByteSink.get().capacity()).isEqualTo(ByteSink.INITIAL);
    }
}
