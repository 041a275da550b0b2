"""The intake register (收案登记, DOMAIN §2, §7): items, time limits, 繁简分流 routing, same-matter matching."""
