package com.acme.storefront;

import java.util.Locale;

/** Loyalty tiers, written lower-case by toString(). */
public enum Tier {
    BRONZE,
    SILVER,
    GOLD;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
