"""The Today screen: the first tab, the delegate's day at a glance."""
