"""Official documents: template context (pure) → Jinja2 line markup → blocks → DOCX and PDF; one module per
feature for the words that feature prints. Never touches the database."""
