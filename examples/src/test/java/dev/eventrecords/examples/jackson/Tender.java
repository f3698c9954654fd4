package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code include = PROPERTY}: the ids of {@code @JsonSubTypes} (a name, several names, none so the
 * {@code @JsonTypeName} or the default {@code Tender$Voucher$Promo}), a nested sealed interface, an enum variant and a
 * variant that holds tenders itself.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Tender.Card.class, name = "card"),
    @JsonSubTypes.Type(
            value = Tender.Coins.class,
            names = {"coins", "cash"}),
    @JsonSubTypes.Type(Tender.Split.class),
    @JsonSubTypes.Type(value = Tender.Voucher.Gift.class, name = "gift"),
    @JsonSubTypes.Type(Tender.Voucher.Promo.class),
    @JsonSubTypes.Type(value = Tender.Waiver.class, name = "waiver")
})
public sealed interface Tender {

    record Card(String number, @JsonProperty("exp") YearMonth expires, Optional<String> holder) implements Tender {}

    record Coins(BigDecimal amount, String currency) implements Tender {}

    @JsonTypeName("split")
    record Split(List<Tender> parts, Map<String, Tender> byPayer) implements Tender {
        public Split {
            parts = parts == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parts));
            byPayer = byPayer == null
                    ? null
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPayer));
        }
    }

    /** Vouchers: a sealed interface within the sealed interface. */
    sealed interface Voucher extends Tender {

        record Gift(String code, long cents) implements Voucher {}

        record Promo(String campaign) implements Voucher {}
    }

    enum Waiver implements Tender {
        STAFF,
        @JsonProperty("vip")
        VIP
    }
}
