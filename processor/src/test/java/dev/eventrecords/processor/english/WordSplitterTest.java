package dev.eventrecords.processor.english;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSplitterTest {

    @Test
    void splitsCamelCase() {
        assertThat(WordSplitter.split("ItemAddedToCart")).containsExactly("Item", "Added", "To", "Cart");
    }

    @Test
    void keepsAcronymsWhole() {
        assertThat(WordSplitter.split("SMSSent")).containsExactly("SMS", "Sent");
        assertThat(WordSplitter.split("HTTPRequestFailed")).containsExactly("HTTP", "Request", "Failed");
    }

    @Test
    void keepsDigitsWithTheWordBefore() {
        assertThat(WordSplitter.split("OAuth2TokenIssued")).containsExactly("OAuth2", "Token", "Issued");
        assertThat(WordSplitter.split("OrderPlacedV2")).containsExactly("Order", "Placed", "V2");
    }

    @Test
    void splitsUnderscoresAndAllCapsNames() {
        assertThat(WordSplitter.split("USER_CREATED")).containsExactly("USER", "CREATED");
        assertThat(WordSplitter.split("order_placed")).containsExactly("order", "placed");
    }
}
