package com.acme.crm;

/** The generic pair every code base has. */
public record Pair<A, B>(A first, B second) {}
