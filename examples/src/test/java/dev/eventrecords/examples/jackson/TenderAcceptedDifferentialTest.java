package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;

/** {@code include = PROPERTY}, several ids per variant, a nested sealed interface, tenders within tenders. */
class TenderAcceptedDifferentialTest extends PolymorphicDifferential<TenderAccepted> {

    @Override
    Serde<TenderAccepted> serde() {
        return new TenderAcceptedSerde();
    }

    @Override
    Class<TenderAccepted> eventClass() {
        return TenderAccepted.class;
    }

    @Override
    TenderAccepted randomEvent(EdgeCaseRandom r) {
        Map<String, Tender> byCustomer = r.nextInt(4) == 0 ? null : tenders(r, 2);
        return new TenderAccepted(
                r.orNull(r::nextString),
                r.orNull(() -> tender(r, 2)),
                r.nextInt(4) == 0
                        ? null
                        : r.list(() -> r.orNull(() -> tender(r, 1))).stream()
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                r.optional(() -> tender(r, 1)),
                byCustomer,
                r.orNull(() -> voucher(r)),
                r.orNull(r::nextString));
    }

    private static Map<String, Tender> tenders(EdgeCaseRandom r, int depth) {
        Map<String, Tender> map = new LinkedHashMap<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            map.put("payer" + r.nextInt(5), r.orNull(() -> tender(r, depth - 1)));
        }
        return map;
    }

    static Tender tender(EdgeCaseRandom r, int depth) {
        switch (r.nextInt(depth > 0 ? 6 : 5)) {
            case 0:
                return new Tender.Card(
                        r.orNull(r::nextString),
                        r.orNull(() -> YearMonth.of(2000 + r.nextInt(50), 1 + r.nextInt(12))),
                        r.optional(r::nextString));
            case 1:
                return new Tender.Coins(r.orNull(r::nextBigDecimal), r.orNull(r::nextString));
            case 2:
                return voucher(r);
            case 3:
                return r.nextEnum(Tender.Waiver.class);
            case 4:
                return new Tender.Voucher.Promo(r.orNull(r::nextString));
            default:
                List<Tender> parts = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    parts.add(r.orNull(() -> tender(r, depth - 1)));
                }
                return new Tender.Split(r.nextInt(5) == 0 ? null : parts, r.nextInt(5) == 0 ? null : tenders(r, depth));
        }
    }

    static Tender.Voucher voucher(EdgeCaseRandom r) {
        return r.nextBoolean()
                ? new Tender.Voucher.Gift(r.orNull(r::nextString), r.nextLong())
                : new Tender.Voucher.Promo(r.orNull(r::nextString));
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "[\"waiver\",\"STAFF\"]",
                "[\"waiver\",\"vip\"]",
                "[\"waiver\",\"VIP\"]",
                "[\"waiver\"]",
                "[\"card\",{\"number\":\"1\"}]",
                "{\"kind\":\"card\",\"number\":\"2\"}",
                "{\"number\":\"2\",\"kind\":\"cash\",\"amount\":1.50}",
                "{\"kind\":\"waiver\"}",
                "{\"kind\":\"gift\",\"cents\":3}",
                "{\"kind\":\"Tender$Voucher$Promo\"}",
                "{\"kind\":\"Promo\"}",
                "{\"kind\":\"Tender$Voucher\"}",
                "{\"kind\":\"split\",\"parts\":[{\"kind\":\"coins\"},null]}",
                "\"card\"");
    }

    @Override
    String idProperty() {
        return "kind";
    }

    @Override
    Set<String> typeIds() {
        return Set.of("card", "coins", "cash", "split", "gift", "Tender$Voucher$Promo", "waiver");
    }
}
