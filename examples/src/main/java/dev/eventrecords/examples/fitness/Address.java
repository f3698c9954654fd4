package dev.eventrecords.examples.fitness;

/** A postal address. */
public record Address(String street, String postalCode, String city, String countryCode) {}
