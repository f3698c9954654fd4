package com.acme.crm;

/** A generic closed range, as shared kernels declare it. */
public record Range<T extends Comparable<? super T>>(T from, T to) {}
