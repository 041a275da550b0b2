"""文书: issuing, previewing and serving documents; the office-wide register; document settings."""
