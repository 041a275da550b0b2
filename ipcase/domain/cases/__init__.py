"""The adjudication case (DOMAIN §3-§4): its state machine, statutory deadlines D1-D14 and the collegial panel."""
