package com.acme.billing;

import dev.eventrecords.EventCodec;
import dev.eventrecords.kafka.EventReadException;
import dev.eventrecords.kafka.JsonCodec;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Joda-Money's Money as {"amount":12.50,"currency":"EUR"}. */
@EventCodec
public final class JodaMoneyCodec implements JsonCodec<Money> {
    public static final JodaMoneyCodec INSTANCE = new JodaMoneyCodec();

    private JodaMoneyCodec() {}

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
            throw EventReadException.of("expected a money object, not " + in.currentToken());
        }
        BigDecimal amount = null;
        String currency = null;
        while (in.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = in.currentName();
            JsonToken token = in.nextToken();
            if (name.equals("amount") && token.isNumeric()) {
                amount = in.getDecimalValue();
            } else if (name.equals("currency") && token == JsonToken.VALUE_STRING) {
                currency = in.getString();
            } else {
                in.skipChildren();
            }
        }
        if (amount == null || currency == null) {
            throw EventReadException.of("a money value needs 'amount' and 'currency'");
        }
        return Money.of(CurrencyUnit.of(currency), amount);
    }
}
