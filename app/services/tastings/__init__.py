"""Tastings the members own: questions per recipe version, customers' forms typed fast, results
next to the recipe's cost and margin, and versions compared (no PIN: they judge products)."""
