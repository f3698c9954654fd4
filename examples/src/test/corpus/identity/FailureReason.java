package com.acme.identity;

/** Why a login failed. */
public enum FailureReason {
    BAD_CREDENTIALS,
    ACCOUNT_LOCKED,
    MFA_REQUIRED
}
