package com.acme.identity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Second factors, named as the Python services name them. */
public enum MfaMethod {
    @JsonProperty("totp")
    TOTP,
    @JsonProperty("sms")
    SMS,
    @JsonProperty("webauthn")
    WEB_AUTHN
}
