"""The Cooperative life tab: the register of decisions by consent, the charter and house rules."""
