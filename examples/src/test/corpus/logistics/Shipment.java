package com.acme.logistics;

import java.math.BigDecimal;
import java.util.List;

/** A shipment, nested four records deep: Shipment > Parcel > Item > Weight. */
public record Shipment(String reference, List<Parcel> parcels, Route route) {
    public Shipment {
        parcels = List.copyOf(parcels);
    }

    public record Parcel(String parcelId, List<Item> items, Dimensions dimensions) {
        public Parcel {
            items = List.copyOf(items);
        }
    }

    public record Item(String sku, int quantity, Weight weight) {}

    public record Weight(BigDecimal value, WeightUnit unit) {}

    public record Dimensions(int lengthMm, int widthMm, int heightMm) {}

    public enum WeightUnit {
        KG,
        LB
    }
}
