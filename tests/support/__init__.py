"""Support for the tests (no tests here): `world` builds a workspace with accounts and a batch;
`ui` sends keys the way a keyboard does and opens the station and the main window on a world.
The fixtures built on them (`world`, `new_world`) are in tests/conftest.py."""
