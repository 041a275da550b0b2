from alembic import context

import ipcase.db.models  # noqa: F401  (registers the tables)
from ipcase.db.base import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,   # SQLite needs batch mode for ALTER
        compare_type=True,
    )
    context.run_migrations()
