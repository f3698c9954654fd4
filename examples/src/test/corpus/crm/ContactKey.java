package com.acme.crm;

/** A composite key: the account and the contact within it. */
public record ContactKey(String accountId, int contactNumber) {}
