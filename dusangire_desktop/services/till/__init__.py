"""The till: shifts and the cash drawer (`shifts`), the counted close (`closing`), X and Z
figures (`reports`), mobile-money payments (`mobile_money`) and statement reconciliation
(`reconciliation`)."""
