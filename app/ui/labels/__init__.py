"""The Labels tab: choose products and counts, a sheet template and a date, preview and print."""
