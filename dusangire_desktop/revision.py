"""The newest revision in migrations/versions; a test keeps it equal to Alembic's head. Knowing it
lets start-up skip importing Alembic (a third of a second) when nothing needs migrating, and
`report bi` check the schema without SQLAlchemy. Its own module, so those imports cost nothing."""

HEAD_REVISION = "0012"
