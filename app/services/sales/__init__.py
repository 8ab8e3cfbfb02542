"""The sales area: sale days (events), the live tally, the cash box, closing and corrections,
expenses, summaries, profit sharing and the accountant's export."""
