"""The province server (Sở Tư pháp): receives the offices' signed monthly summaries, keeps them in its own
database (SQLite or PostgreSQL, its own Alembic migrations) and publishes signed announcements back.
Never imports Qt, the office storage or the app: it runs on a server with none of them."""
