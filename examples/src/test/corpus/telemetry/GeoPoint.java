package com.acme.telemetry;

/** Coordinates with an optional altitude. */
public record GeoPoint(double lat, double lon, Double altitudeM) {}
