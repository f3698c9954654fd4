package dev.eventrecords.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.util.NamingStrategyImpls;

/** Each standard naming strategy translates names exactly as Jackson 3 does. */
class NamingStrategyTest {

    /** The examples of issue 17, as Jackson 3.3.0 translates them. */
    @ParameterizedTest
    @CsvSource({
        "SNAKE_CASE, orderID, order_id",
        "SNAKE_CASE, URLValue, urlvalue",
        "SNAKE_CASE, a1b, a1b",
        "SNAKE_CASE, _user, user",
        "KEBAB_CASE, orderID, order-id",
        "KEBAB_CASE, URLValue, url-value",
        "KEBAB_CASE, a1B2, a1-b2",
        "LOWER_DOT_CASE, URLValue, url.value",
        "LOWER_DOT_CASE, orderID, order.id",
        "UPPER_CAMEL_CASE, orderID, OrderID",
        "UPPER_CAMEL_CASE, a1b, A1b",
        "LOWER_CAMEL_CASE, URLValue, URLValue",
        "LOWER_CASE, URLValue, urlvalue",
        "UPPER_SNAKE_CASE, orderID, ORDER_ID"
    })
    void translatesTheIssuesExamplesAsJackson3(NamingStrategy strategy, String name, String json) {
        assertThat(strategy.translate(name)).isEqualTo(json);
    }

    @Test
    void everyStrategyTranslatesRandomNamesAsJackson3Does() {
        Random random = new Random(17);
        String alphabet = "abcxyzABCXYZ019_$\u00e9\u00c9\u00df\u0130\u01c5";
        List<String> names = new ArrayList<>(List.of("", "_", "__", "a", "A", "orderID", "URLValue", "a1b", "theWWW"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(name.toString());
        }
        for (NamingStrategy strategy : NamingStrategy.values()) {
            NamingStrategyImpls jackson = strategy == NamingStrategy.NONE
                    ? NamingStrategyImpls.LOWER_CAMEL_CASE
                    : NamingStrategyImpls.valueOf(strategy.name());
            for (String name : names) {
                assertThat(strategy.translate(name))
                        .as("%s of '%s'", strategy, name)
                        .isEqualTo(jackson.translate(name));
            }
        }
    }

    @Test
    void namesEachStandardStrategyClassOfJackson3() throws ClassNotFoundException {
        for (NamingStrategy strategy : NamingStrategy.values()) {
            if (strategy != NamingStrategy.NONE) {
                String binary =
                        strategy.className().replace(".PropertyNamingStrategies.", ".PropertyNamingStrategies$");
                assertThat(Class.forName(binary).getCanonicalName()).isEqualTo(strategy.className());
                assertThat(NamingStrategy.ofClass(strategy.className())).contains(strategy);
            }
        }
    }
}
