package com.acme.ledger;

/** A line of a journal entry, with value-class components. */
public record EntryLine(AccountNumber account, Money debit, Money credit, String narrative) {}
