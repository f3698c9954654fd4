package com.acme.logistics;

/** An address with its country. */
public record PostalAddress(String street, String city, String postcode, Country country) {
    public record Country(String isoCode, String name) {}
}
