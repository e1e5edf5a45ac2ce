"""PostgreSQL for tests: filled in by the storage work (session fixture `postgres_url`)."""
