"""The Sales tab: live tally, end of day (counts, cash, closing, corrections), expenses, summary."""
