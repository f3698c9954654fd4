package com.acme.logistics;

/** WGS84 coordinates. */
public record GeoPoint(double latitude, double longitude) {}
