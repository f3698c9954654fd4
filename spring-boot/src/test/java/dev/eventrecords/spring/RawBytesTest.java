package dev.eventrecords.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawBytesTest {

    @Test
    void findsTheBytesOfAnObjectByIdentityNotByEquality() {
        String read = new String("same");
        String equal = new String("same");
        byte[] bytes = {1, 2, 3};
        RawBytes.remember(read, bytes, 16);

        assertThat(RawBytes.of(read)).isSameAs(bytes);
        assertThat(RawBytes.of(equal)).isNull();
    }

    @Test
    void forgetsTheOldestReadsBeyondItsCapacity() {
        Object first = new Object();
        RawBytes.remember(first, new byte[] {1}, 16);
        for (int i = 0; i < 16; i++) {
            RawBytes.remember(new Object(), new byte[] {2}, 16);
        }
        assertThat(RawBytes.of(first)).isNull();
    }

    @Test
    void remembersOnlyOnTheThreadThatRead() throws InterruptedException {
        Object read = new Object();
        RawBytes.remember(read, new byte[] {1}, 16);
        byte[][] seen = new byte[1][];
        Thread other = new Thread(() -> seen[0] = RawBytes.of(read));
        other.start();
        other.join();
        assertThat(seen[0]).isNull();
    }
}
