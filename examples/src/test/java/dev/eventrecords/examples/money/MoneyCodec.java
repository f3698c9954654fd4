package dev.eventrecords.examples.money;

import dev.eventrecords.EventCodec;
import dev.eventrecords.kafka.EventReadException;
import dev.eventrecords.kafka.JsonCodec;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Joda-Money's {@link Money}, a library type the processor cannot read a JSON form from, written as
 * {@code {"amount":12.50,"currency":"EUR"}}: the amount a JSON number with the currency's scale, the currency its ISO
 * code. Registered for every event of the compilation by {@link EventCodec}; {@code Money} needs no vouching, since the
 * processor proves it immutable from its class files (final, with final fields of immutable types all the way down).
 */
@EventCodec
public final class MoneyCodec implements JsonCodec<Money> {

    /** The codec, which generated serdes call; stateless and thread-safe. */
    public static final MoneyCodec INSTANCE = new MoneyCodec();

    private MoneyCodec() {}

    @Override
    public void write(JsonGenerator out, Money value) {
        if (value == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeName("amount");
        out.writeNumber(value.getAmount());
        out.writeName("currency");
        out.writeString(value.getCurrencyUnit().getCode());
        out.writeEndObject();
    }

    @Override
    public Money read(JsonParser in) {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw EventReadException.of("expected an object with 'amount' and 'currency', not " + in.currentToken());
        }
        BigDecimal amount = null;
        String currency = null;
        while (in.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = in.currentName();
            JsonToken value = in.nextToken();
            if (name.equals("amount")
                    && (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT)) {
                amount = in.getDecimalValue();
            } else if (name.equals("currency") && value == JsonToken.VALUE_STRING) {
                currency = in.getString();
            } else {
                in.skipChildren();
            }
        }
        if (amount == null || currency == null) {
            throw EventReadException.of("a money value needs a numeric 'amount' and a text 'currency'");
        }
        return Money.of(CurrencyUnit.of(currency), amount);
    }
}
