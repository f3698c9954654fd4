package com.acme.billing;

import dev.eventrecords.EventCodec;
import dev.eventrecords.kafka.EventReadException;
import dev.eventrecords.kafka.JsonCodec;
import org.joda.money.CurrencyUnit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Joda-Money's CurrencyUnit as its ISO code. */
@EventCodec
public final class CurrencyUnitCodec implements JsonCodec<CurrencyUnit> {
    public static final CurrencyUnitCodec INSTANCE = new CurrencyUnitCodec();

    private CurrencyUnitCodec() {}

    @Override
    public void write(JsonGenerator out, CurrencyUnit value) {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value.getCode());
        }
    }

    @Override
    public CurrencyUnit read(JsonParser in) {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw EventReadException.of("expected a currency code, not " + in.currentToken());
        }
        return CurrencyUnit.of(in.getString());
    }
}
