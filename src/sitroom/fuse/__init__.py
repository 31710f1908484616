"""Fusion: reports of one incident merged, territorial control as of a date, a ledger of promises."""
