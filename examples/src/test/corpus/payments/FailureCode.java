package com.acme.payments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The gateway's failure codes, written by their code as the gateway's documentation lists them. */
public enum FailureCode {
    INSUFFICIENT_FUNDS("insufficient_funds"),
    CARD_EXPIRED("expired_card"),
    DO_NOT_HONOUR("do_not_honor"),
    NETWORK_ERROR("network_error");

    private final String code;

    FailureCode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static FailureCode fromCode(String code) {
        for (FailureCode value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown failure code " + code);
    }
}
