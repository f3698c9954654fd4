package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Immutable value classes that are not records: a properties class read through a {@code @JsonCreator} constructor
 * ({@link Money}) or a static factory ({@link Rate}), and single-value classes written through {@code @JsonValue}
 * ({@link PaymentId}, {@link Tag}), alone, in containers and in a nested record, and a value class holding a copied
 * collection ({@link Allocation}).
 */
@Event(topic = "jackson.paymentcaptured")
public record PaymentCaptured(
        @Key String reference,
        PaymentId paymentId,
        Money total,
        @JsonAlias("pieces") List<Money> parts,
        Optional<Money> discount,
        Map<String, Money> byAccount,
        Optional<PaymentId> parent,
        List<Tag> tags,
        Rate rate,
        Line line,
        Optional<Allocation> allocation,
        @JsonProperty("kept") String keptAsWritten) {

    public PaymentCaptured {
        parts = parts == null ? null : List.copyOf(parts);
        byAccount = byAccount == null ? null : Map.copyOf(byAccount);
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** A line of the payment, a nested record holding value classes. */
    public record Line(PaymentId id, Money price, int quantity) {}

    /** An amount in a currency; Jackson reads it through the constructor, properties in its parameters' order. */
    public static final class Money {
        private final BigDecimal amount;
        private final String currency;

        @JsonCreator
        public Money(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currency) {
            this.amount = amount;
            this.currency = currency;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public String getCurrency() {
            return currency;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Money m && Objects.equals(amount, m.amount) && Objects.equals(currency, m.currency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(amount, currency);
        }

        @Override
        public String toString() {
            return "Money[" + amount + " " + currency + "]";
        }
    }

    /**
     * A rate read through a static factory whose parameters are not in alphabetical order, with an {@code isX()}
     * getter, a getter Jackson names by the Java Beans rule ({@code getZUnit()} is {@code "ZUnit"}) and a check in
     * the factory that Jackson and the serde both report.
     */
    public static final class Rate {
        private final long basisPoints;
        private final boolean capped;
        private final String unit;

        private Rate(long basisPoints, boolean capped, String unit) {
            this.basisPoints = basisPoints;
            this.capped = capped;
            this.unit = unit;
        }

        @JsonCreator
        public static Rate of(
                @JsonProperty("ZUnit") String unit,
                @JsonProperty("capped") boolean capped,
                @JsonProperty("basisPoints") long basisPoints) {
            if (basisPoints < -1_000_000_000_000L) {
                throw new IllegalArgumentException("basis points out of range: " + basisPoints);
            }
            return new Rate(basisPoints, capped, unit);
        }

        public String getZUnit() {
            return unit;
        }

        public boolean isCapped() {
            return capped;
        }

        public long getBasisPoints() {
            return basisPoints;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rate r
                    && basisPoints == r.basisPoints
                    && capped == r.capped
                    && Objects.equals(unit, r.unit);
        }

        @Override
        public int hashCode() {
            return Objects.hash(basisPoints, capped, unit);
        }

        @Override
        public String toString() {
            return "Rate[" + basisPoints + ", " + capped + ", " + unit + "]";
        }
    }

    /** A value class holding a collection, which its constructor copies (a missing or null one reads empty). */
    public static final class Allocation {
        private final List<String> accounts;
        private final int share;

        @JsonCreator
        public Allocation(@JsonProperty("accounts") List<String> accounts, @JsonProperty("share") int share) {
            this.accounts = accounts == null ? List.of() : List.copyOf(accounts);
            this.share = share;
        }

        public List<String> getAccounts() {
            return accounts;
        }

        public int getShare() {
            return share;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Allocation a && accounts.equals(a.accounts) && share == a.share;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accounts, share);
        }

        @Override
        public String toString() {
            return "Allocation[" + accounts + ", " + share + "]";
        }
    }

    /** An id written as the UUID it wraps, read through a delegating constructor. */
    public static final class PaymentId {
        private final UUID value;

        @JsonCreator
        public PaymentId(UUID value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        @JsonValue
        public UUID value() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PaymentId p && value.equals(p.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return "PaymentId[" + value + "]";
        }
    }

    /** A tag written as its text, read through a static factory. */
    public static final class Tag {
        private final String text;

        private Tag(String text) {
            this.text = text;
        }

        @JsonCreator
        public static Tag of(String text) {
            return new Tag(text);
        }

        @JsonValue
        public String text() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tag t && Objects.equals(text, t.text);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(text);
        }

        @Override
        public String toString() {
            return "Tag[" + text + "]";
        }
    }
}
