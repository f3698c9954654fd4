package com.acme.inventory;

import java.util.Optional;

/** One movement of stock. */
public record StockMovement(int delta, MovementType type, Optional<String> reference) {}
